# A bank simulation: an account hierarchy with properties, validation through
# exceptions, a transaction log, interest, transfers that roll back, monthly
# statements and an audit at the end. Money is kept in integer cents.
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum


class TxKind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    FEE = "fee"
    INTEREST = "interest"
    TRANSFER_IN = "transfer-in"
    TRANSFER_OUT = "transfer-out"


@dataclass
class Transaction:
    seq: int
    day: int
    kind: TxKind
    amount: int
    balance_after: int
    memo: str = ""


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class BankError(Exception):
    """Base of every error the bank reports to its customers."""


class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        super().__init__(f"{account.number}: cannot withdraw {money(requested)}, available {money(account.available)}")
        self.account = account
        self.requested = requested


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


class LimitExceeded(BankError):
    def __init__(self, what, limit):
        super().__init__(f"{what} limit of {money(limit)} exceeded")
        self.limit = limit


class Ledger:
    """The bank-wide transaction log, numbered in order."""

    def __init__(self):
        self.entries = []
        self._next = 1

    def record(self, account, day, kind, amount, memo=""):
        tx = Transaction(self._next, day, kind, amount, account.balance, memo)
        self._next += 1
        self.entries.append((account.number, tx))
        return tx

    def for_account(self, number):
        return [tx for owner, tx in self.entries if owner == number]

    def __len__(self):
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)


class Account(ABC):
    _count = 0
    minimum_balance = 0

    def __init__(self, owner, ledger, opening=0):
        Account._count += 1
        self.number = f"{self.prefix()}-{Account._count:04d}"
        self.owner = owner
        self._balance = 0
        self._frozen = False
        self.ledger = ledger
        self.history = []
        if opening:
            self.deposit(opening, day=0, memo="opening")

    @abstractmethod
    def prefix(self):
        ...

    @abstractmethod
    def month_end(self, day):
        ...

    @property
    def balance(self):
        return self._balance

    @property
    def available(self):
        return self._balance - self.minimum_balance

    @property
    def frozen(self):
        return self._frozen

    @frozen.setter
    def frozen(self, value):
        if not isinstance(value, bool):
            raise TypeError(f"frozen must be a bool, not {type(value).__name__}")
        self._frozen = value

    def _check(self, amount):
        if not isinstance(amount, int) or isinstance(amount, bool):
            raise InvalidAmount(f"amount must be whole cents, got {amount!r}")
        if amount <= 0:
            raise InvalidAmount(f"amount must be positive, got {money(amount)}")
        if self._frozen:
            raise AccountFrozen(f"{self.number} is frozen")

    def _post(self, day, kind, delta, memo=""):
        self._balance += delta
        tx = self.ledger.record(self, day, kind, abs(delta), memo)
        self.history.append(tx)
        return tx

    def deposit(self, amount, day, memo=""):
        self._check(amount)
        return self._post(day, TxKind.DEPOSIT, amount, memo)

    def withdraw(self, amount, day, memo=""):
        self._check(amount)
        if amount > self.available:
            raise InsufficientFunds(self, amount)
        return self._post(day, TxKind.WITHDRAW, -amount, memo)

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner!r}, {money(self._balance)})"

    def __lt__(self, other):
        return (self._balance, self.number) < (other._balance, other.number)

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)


class Checking(Account):
    monthly_fee = 500
    fee_waiver = 100_000
    overdraft = 20_000

    def prefix(self):
        return "CHK"

    @property
    def available(self):
        return self._balance + self.overdraft

    def month_end(self, day):
        if self._balance < self.fee_waiver:
            self._post(day, TxKind.FEE, -self.monthly_fee, "monthly fee")


class Savings(Account):
    rate_per_mille = 15          # per month, in tenths of a percent
    withdrawals_per_month = 2
    minimum_balance = 1_000

    def __init__(self, owner, ledger, opening=0):
        self.withdrawals = 0
        super().__init__(owner, ledger, opening)

    def prefix(self):
        return "SAV"

    def withdraw(self, amount, day, memo=""):
        if self.withdrawals >= self.withdrawals_per_month:
            raise LimitExceeded("withdrawal count", self.withdrawals_per_month * 100)
        tx = super().withdraw(amount, day, memo)
        self.withdrawals += 1
        return tx

    def month_end(self, day):
        interest = self._balance * self.rate_per_mille // 1000
        if interest > 0:
            self._post(day, TxKind.INTEREST, interest, f"{self.rate_per_mille / 10:.1f}%")
        self.withdrawals = 0


class Credit(Account):
    def __init__(self, owner, ledger, limit):
        self.limit = limit
        super().__init__(owner, ledger)

    def prefix(self):
        return "CRD"

    @property
    def available(self):
        return self.limit + self._balance

    def deposit(self, amount, day, memo=""):
        self._check(amount)
        if self._balance + amount > 0:
            raise InvalidAmount(f"payment of {money(amount)} exceeds the debt of {money(-self._balance)}")
        return super().deposit(amount, day, memo)

    def month_end(self, day):
        if self._balance < 0:
            charge = -self._balance * 2 // 100
            self._post(day, TxKind.FEE, -charge, "2% finance charge")


class Bank:
    def __init__(self, name):
        self.name = name
        self.ledger = Ledger()
        self.accounts = {}
        self.failures = []
        self.day = 0

    def open(self, kind, owner, *args):
        account = kind(owner, self.ledger, *args)
        self.accounts[account.number] = account
        return account

    def attempt(self, description, action, *args):
        try:
            result = action(*args)
        except BankError as error:
            self.failures.append((self.day, type(error).__name__, str(error)))
            print(f"  day {self.day:>2} FAILED {description}: {type(error).__name__}: {error}")
            return None
        else:
            return result

    def transfer(self, source, target, amount):
        """Moves money, undoing the withdrawal if the deposit fails."""
        withdrawal = source.withdraw(amount, self.day, f"to {target.number}")
        withdrawal.kind = TxKind.TRANSFER_OUT
        try:
            deposit = target.deposit(amount, self.day, f"from {source.number}")
        except BankError:
            source._post(self.day, TxKind.DEPOSIT, amount, "transfer reversed")
            raise
        deposit.kind = TxKind.TRANSFER_IN
        return amount

    def end_of_month(self):
        for account in sorted(self.accounts.values(), key=lambda a: a.number):
            account.month_end(self.day)

    def total(self):
        return sum(account.balance for account in self.accounts.values())

    def statement(self, account):
        print(f"  statement {account.number} ({account.owner})")
        for tx in account.history:
            sign = "+" if tx.kind in (TxKind.DEPOSIT, TxKind.INTEREST, TxKind.TRANSFER_IN) else "-"
            memo = f"  [{tx.memo}]" if tx.memo else ""
            print(f"    #{tx.seq:<3} d{tx.day:<3}{tx.kind.value:<13}{sign}{money(tx.amount):>12}{money(tx.balance_after):>13}{memo}")


def simulate():
    bank = Bank("Molt Savings & Loan")
    alice_chk = bank.open(Checking, "alice", 250_000)
    alice_sav = bank.open(Savings, "alice", 1_000_000)
    bob_chk = bank.open(Checking, "bob", 5_000)
    bob_card = bank.open(Credit, "bob", 100_000)
    carol_sav = bank.open(Savings, "carol", 2_500)
    print("opened:", ", ".join(repr(a) for a in bank.accounts.values()))

    # A deterministic stream of operations, driven by a linear congruential generator.
    seed = 12345

    def next_random(bound):
        nonlocal seed
        seed = (seed * 1103515245 + 12345) % 2**31
        return seed % bound

    accounts = list(bank.accounts.values())
    for day in range(1, 61):
        bank.day = day
        action = next_random(6)
        account = accounts[next_random(len(accounts))]
        amount = (next_random(40) + 1) * 2_500
        if action == 0:
            bank.attempt(f"deposit {money(amount)} to {account.number}", account.deposit, amount, day)
        elif action in (1, 2):
            bank.attempt(f"withdraw {money(amount)} from {account.number}", account.withdraw, amount, day)
        elif action == 3:
            target = accounts[next_random(len(accounts))]
            if target is not account:
                bank.attempt(f"transfer {money(amount)} {account.number}->{target.number}",
                             bank.transfer, account, target, amount)
        elif action == 4 and isinstance(account, Credit):
            bank.attempt("card purchase", account.withdraw, amount * 3, day, "purchase")
        elif action == 5 and day % 10 < 3:
            bank.attempt("odd amount", account.deposit, amount / 100, day)
        if day == 20:
            bob_chk.frozen = True
            print(f"  day {day:>2} froze {bob_chk.number}")
        if day == 40:
            bob_chk.frozen = False
            print(f"  day {day:>2} unfroze {bob_chk.number}")
        if day % 30 == 0:
            bank.end_of_month()
            print(f"  day {day:>2} month end, bank total {money(bank.total())}")

    # Edge cases, each reported through the same path.
    bank.attempt("negative deposit", alice_chk.deposit, -100, 61)
    bank.attempt("zero withdrawal", alice_sav.withdraw, 0, 61)
    bank.attempt("bool amount", alice_chk.deposit, True, 61)
    bank.attempt("overpay card", bob_card.deposit, 10_000_000, 61)
    bank.attempt("drain savings", carol_sav.withdraw, carol_sav.balance, 61)
    bank.attempt("savings to card beyond debt", bank.transfer, alice_sav, bob_card, 9_999_999)
    try:
        bob_chk.frozen = "yes"
    except TypeError as error:
        print("TypeError:", error)
    try:
        Account("nobody", bank.ledger)
    except TypeError as error:
        print("TypeError:", error)
    try:
        bob_chk.balance = 0
    except AttributeError as error:
        print("AttributeError:", error)

    print()
    for account in (alice_sav, bob_card):
        bank.statement(account)

    print()
    print("accounts by balance:")
    for account in sorted(bank.accounts.values(), reverse=True):
        print(f"  {account.number} {account.owner:<6}{money(account.balance):>14}  available {money(account.available)}")

    # Audit: replaying the ledger must give every balance.
    replayed = {}
    credits = {TxKind.DEPOSIT, TxKind.INTEREST, TxKind.TRANSFER_IN}
    for number, tx in bank.ledger:
        delta = tx.amount if tx.kind in credits else -tx.amount
        replayed[number] = replayed.get(number, 0) + delta
        assert replayed[number] == tx.balance_after, (number, tx)
    mismatches = [n for n, a in bank.accounts.items() if replayed.get(n, 0) != a.balance]
    print(f"audit: {len(bank.ledger)} transactions, mismatches: {mismatches}")

    by_kind = {}
    for _, tx in bank.ledger:
        count, total = by_kind.get(tx.kind, (0, 0))
        by_kind[tx.kind] = (count + 1, total + tx.amount)
    for kind in TxKind:
        count, total = by_kind.get(kind, (0, 0))
        print(f"  {kind.name:<13}{count:>4}{money(total):>15}")

    failures_by_type = {}
    for _, name, _ in bank.failures:
        failures_by_type[name] = failures_by_type.get(name, 0) + 1
    print("failures:", sorted(failures_by_type.items()))
    owners = {}
    for account in bank.accounts.values():
        owners.setdefault(account.owner, []).append(account)
    for owner, owned in sorted(owners.items()):
        print(f"  {owner}: net worth {money(sum(a.balance for a in owned))} in {len(owned)} account(s)")
    print("distinct accounts:", len(set(bank.accounts.values())), alice_chk == bank.accounts[alice_chk.number])
    return bank


bank = simulate()
print(isinstance(InvalidAmount("x"), ValueError), issubclass(LimitExceeded, BankError), Savings.__mro__[1].__name__)
last = bank.ledger.entries[-1][1]
print(last)
raise InsufficientFunds(bank.accounts["CHK-0003"], 10**9)
