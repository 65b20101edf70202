# Tier 0 lets a class's own code (its methods, its subclasses' methods) keep state on the
# class; only code outside the class may not assign its attributes by name.
class Account:
    opened = 0
    registry = []

    def __init__(self, owner):
        Account.opened += 1
        Account.registry.append(owner)
        self.owner = owner

    @classmethod
    def reset(cls):
        cls.opened = 0
        cls.last_reset = "yes"

    @staticmethod
    def bump(n):
        Account.opened += n
        return Account.opened


class Savings(Account):
    rate = 2

    def __init__(self, owner):
        super().__init__(owner)
        Account.opened += 100
        Savings.rate += 1

    class Ledger:
        def note(self):
            Savings.rate *= 10
            Account.registry.append("ledger")


a = Account("ann")
b = Savings("bob")
print(Account.opened, Savings.opened, Savings.rate, Account.registry)
Savings.Ledger().note()
print(Savings.rate, Account.registry, Account.bump(5))
Savings.reset()
print(Account.opened, Savings.opened, Savings.last_reset, hasattr(Account, "last_reset"))
Account.reset()
print(Account.opened, Account.last_reset)


def set_on(cls, name, value):
    setattr(cls, name, value)
    return getattr(cls, name)


print(set_on(Account, "limit", 7), Account.limit, Savings.limit, a.limit)
