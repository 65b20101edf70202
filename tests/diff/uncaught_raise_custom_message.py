def withdraw(balance, amount):
    if amount > balance:
        raise ValueError(f"insufficient funds: balance {balance}, requested {amount}")
    return balance - amount
b = 100
for amount in [30, 50, 40]:
    b = withdraw(b, amount)
    print("balance", b)
