# Classes, exceptions and instances that cross modules.
from model import Account, InsufficientFunds, Ledger
import model


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.rate = rate

    def add_interest(self):
        self.deposit(self.balance * self.rate // 100)


ledger = Ledger()
a = Account("ann")
s = Savings("sam", 5)
for acct in (a, s):
    ledger.open(acct)
a.deposit(100)
s.deposit(200)
s.add_interest()
print(a, s, s.balance)
print(isinstance(s, model.Account), issubclass(Savings, Account), type(s).__name__)
print(type(s).__mro__[1] is model.Account, model.Account.__module__, Savings.__module__)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("caught", type(e).__name__, e, isinstance(e, model.BankError))
ledger.transfer(s, a, 60)
print(ledger.report())
print(model.make_default().owner, model.total(ledger.accounts))
p = model.Point(1, 2)
q = model.Point(3, 4)
print(p + q, (p + q).x, p == model.Point(1, 2))
p.z = 9
print(p.z, sorted(vars(p)))
ledger.transfer(a, s, 10 ** 6)
