# A comparison whose result is only tested asks for its truth at once: results that are not
# bools (their __bool__ runs, may raise), NaN, mixed numbers, in functions and generators.
class Verdict:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("  bool of", self.value)
        if self.value == "bad":
            raise ValueError("no truth")
        return self.value == "yes"


class Judge:
    def __init__(self, answer):
        self.answer = answer

    def __lt__(self, other):
        print("  lt called")
        return Verdict(self.answer)

    def __eq__(self, other):
        return Verdict(self.answer)

    __hash__ = None


def decide(a, b):
    if a < b:
        return "less"
    return "not less"


def count_while(limit):
    n = 0
    while n < limit:
        n += 1
    return n


print(decide(Judge("yes"), 1), decide(Judge("no"), 1))
try:
    decide(Judge("bad"), 1)
except ValueError as e:
    print("ValueError:", e)
print(decide(1, 2.5), decide(2.5, 1), decide(float("nan"), 1), decide(10**30, 10**31), decide("a", "b"))
print(count_while(5), count_while(2.5), count_while(-1))
try:
    decide(1, "x")
except TypeError as e:
    print("TypeError:", e)


def gen(items, pivot):
    for item in items:
        if item < pivot:
            yield item
        elif item == pivot:
            yield "pivot"


print(list(gen([3, 1, 4, 1, 5, 9, 2, 6], 4)))
print([j.answer for j in gen([Judge("yes"), Judge("no")], 0)])
print([x for x in range(10) if x < 3 or x == 7])
print(not (Judge("no") < 0), 1 < 2 < 3, 3 < 2 < 1)
