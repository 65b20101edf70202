accounts = {}
ledger = []
def open_account(name, initial):
    if name in accounts:
        raise ValueError("account exists: " + name)
    accounts[name] = {"balance": initial, "history": [("open", initial)]}
    ledger.append(f"open {name} {initial}")
def deposit(name, amount):
    if amount <= 0:
        raise ValueError(f"invalid amount {amount}")
    accounts[name]["balance"] += amount
    accounts[name]["history"].append(("deposit", amount))
def withdraw(name, amount):
    acct = accounts[name]
    if amount > acct["balance"]:
        raise ValueError(f"insufficient funds in {name}: {acct['balance']} < {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))
def transfer(src, dst, amount):
    withdraw(src, amount)
    deposit(dst, amount)
    ledger.append(f"transfer {src}->{dst} {amount}")
open_account("alice", 100)
open_account("bob", 50)
open_account("carol", 0)
operations = [("deposit", "alice", 25), ("withdraw", "bob", 70), ("transfer", "alice", "carol", 60),
              ("deposit", "carol", -5), ("transfer", "bob", "alice", 50), ("withdraw", "dave", 1),
              ("open", "bob", 10), ("transfer", "carol", "bob", 59)]
for op in operations:
    try:
        if op[0] == "deposit":
            deposit(op[1], op[2])
        elif op[0] == "withdraw":
            withdraw(op[1], op[2])
        elif op[0] == "transfer":
            transfer(op[1], op[2], op[3])
        else:
            open_account(op[1], op[2])
        print("ok  ", op)
    except ValueError as e:
        print("fail", op, "-", e)
    except KeyError as e:
        print("fail", op, "- no such account", e)
for name in sorted(accounts):
    acct = accounts[name]
    print(f"{name:<6} {acct['balance']:>6.2f} {len(acct['history'])} {acct['history']}")
print(sum([a["balance"] for a in accounts.values()]))
print(ledger)
