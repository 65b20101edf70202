# Object-oriented code: small objects created in a loop, attribute reads and
# writes, method calls on a class hierarchy (a particle system and an
# event queue of accounts). Measures instance fields and direct method calls.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, position, velocity, mass):
        self.position = position
        self.velocity = velocity
        self.mass = mass

    def step(self, dt, gravity):
        self.velocity = self.velocity.add(gravity.scale(dt))
        self.position = self.position.add(self.velocity.scale(dt))
        if self.position.y < 0.0:
            self.position = Vector(self.position.x, -self.position.y)
            self.velocity = Vector(self.velocity.x, -self.velocity.y * 0.9)

    def energy(self):
        return 0.5 * self.mass * self.velocity.dot(self.velocity) + self.mass * 9.81 * self.position.y


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.operations = 0

    def deposit(self, amount):
        self.balance += amount
        self.operations += 1

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.operations += 1
        return True


class SavingsAccount(Account):
    def __init__(self, number, balance, rate):
        Account.__init__(self, number, balance)
        self.rate = rate

    def withdraw(self, amount):
        if amount > self.balance // 2:
            return False
        return Account.withdraw(self, amount)

    def add_interest(self):
        self.deposit(self.balance * self.rate // 1000)


def simulate_particles(count, steps):
    particles = [Particle(Vector(float(i), float(i % 7)), Vector(1.0, 0.5 * (i % 3)), 1.0 + i % 5)
                 for i in range(count)]
    gravity = Vector(0.0, -9.81)
    for _ in range(steps):
        for p in particles:
            p.step(0.01, gravity)
    total = 0.0
    for p in particles:
        total += p.energy()
    return total


def simulate_bank(accounts, rounds):
    bank = []
    for i in range(accounts):
        if i % 3 == 0:
            bank.append(SavingsAccount(i, 1000 + i, 5))
        else:
            bank.append(Account(i, 500 + i))
    refused = 0
    seed = 12345
    for r in range(rounds):
        for account in bank:
            seed = (seed * 1103515245 + 12345) % 2147483648
            amount = seed % 300
            if seed % 2:
                account.deposit(amount)
            elif not account.withdraw(amount):
                refused += 1
        if r % 10 == 0:
            for account in bank:
                if isinstance(account, SavingsAccount):
                    account.add_interest()
    return refused, sum(a.balance for a in bank), sum(a.operations for a in bank)


print("energy %.6f" % simulate_particles(300, 2500))
print("bank", simulate_bank(500, 2500))
