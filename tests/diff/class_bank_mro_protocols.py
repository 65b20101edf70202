def log_calls(prefix):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            print(prefix, fn.__name__, args[1:] if args else args, kwargs)
            return fn(*args, **kwargs)
        return wrapper
    return decorate

def register(cls):
    REGISTRY[cls.__name__] = cls
    return cls

REGISTRY = {}

@register
class Account:
    interest = 0.01
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    @log_calls("->")
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self._balance
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
    @classmethod
    def joint(cls, a, b):
        return cls(a + "&" + b)
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"
    def __format__(self, spec):
        return format(self._balance, spec) + " for " + self.owner

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.owner, amount)
        self.account = account
        self.amount = amount
    def __str__(self):
        return f"{self.account.owner} cannot withdraw {self.amount}"

@register
class Savings(Account):
    interest = 0.03
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

acct = Account("ann", 100)
acct.deposit(50)
try:
    acct.withdraw(500)
except BankError as e:
    print("error:", e, "|", e.args, "|", repr(e)[:20], isinstance(e, Exception))
try:
    acct.deposit(-1)
except ValueError as e:
    print("error:", e)
try:
    acct.balance = 5
except AttributeError as e:
    print("error:", e)
s = Savings.joint("bo", "cy")
s.deposit(1000)
s.add_interest()
print(acct, s, s.balance, acct.history, sorted(REGISTRY))
print(f"{s:>10.1f}", format(acct, "08.2f"))
print(Savings.interest, Account.interest, s.interest)
s.interest = 0.5
print(s.interest, Savings.interest)

class Mixin:
    def hello(self):
        return "mixin hello from " + self.name()
class A:
    def name(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def chain(self):
        return ["C"] + super().chain()
class D(Mixin, B, C):
    def name(self):
        return "D"
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.chain(), d.hello(), [k.__name__ for k in D.__mro__])
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(5)), sum(Countdown(4)), [x for x in Countdown(3)])

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
    def __contains__(self, x):
        return x == 99
print(list(Seq()), 20 in Seq(), 99 in Seq(), 5 in Seq())

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Sized:
    def __len__(self):
        return 0
print(bool(Flag(True)), bool(Flag(False)), bool(Sized()), "yes" if Flag(1 == 1) else "no", not Sized())

class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
dy = Dyn()
dy.other = 2
print(dy.real, dy.other, dy.xyz, hasattr(dy, "nope"))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and o.v == self.v
try:
    {Eq(1)}
except TypeError as e:
    print("TypeError:", e)
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(0), Eq(1)], [Eq(3)].index(Eq(3)))
o = object()
print(type(o).__name__, str(Account)[:25], Account.__name__, Account.deposit.__name__)
