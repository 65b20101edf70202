# IntEnum members are ints to arithmetic, comparisons, hashing, str and format.
from enum import IntEnum, Enum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = 5
    URGENT = auto()


print(Priority.LOW, repr(Priority.MEDIUM), str(Priority.HIGH), f"{Priority.URGENT}", f"{Priority.LOW:>4}|")
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.URGENT - Priority.LOW, -Priority.HIGH, Priority.HIGH // 2)
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, 2 == Priority.MEDIUM, Priority.URGENT >= 6)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), min(Priority).name)
print(Priority(5), Priority(2) is Priority.MEDIUM, int(Priority.HIGH), float(Priority.LOW), bool(Priority.LOW))
print(hash(Priority.HIGH) == hash(5), {Priority.LOW: "l"}[1], {1: "one"}[Priority.LOW])
print(sum(Priority), Priority.HIGH.value, Priority.HIGH.name, type(Priority.LOW), type(Priority))
print(Priority.LOW + Priority.LOW, Priority.HIGH % 3, 10 - Priority.HIGH, Priority.MEDIUM ** 3)
total = 0
for p in Priority:
    total += p
print(total, [p for p in Priority if p > 2], IntEnum, isinstance(Priority.LOW, IntEnum))


class Plain(Enum):
    ONE = 1


print(Plain.ONE == 1, Priority.LOW == Plain.ONE)
print(Plain.ONE + 1)
