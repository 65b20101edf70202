class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, owner, wanted):
        super().__init__("%s cannot pay %d" % (owner, wanted))


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount)
        self.balance -= amount

    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)


class Ledger:
    def __init__(self):
        self.accounts = []
        self.log = []

    def open(self, account):
        self.accounts.append(account)

    def transfer(self, source, target, amount):
        source.withdraw(amount)
        target.deposit(amount)
        self.log.append((source.owner, target.owner, amount))

    def report(self):
        return "; ".join("%s->%s %d" % entry for entry in self.log)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


def make_default():
    return Account("default")


def total(accounts):
    return sum(a.balance for a in accounts)
