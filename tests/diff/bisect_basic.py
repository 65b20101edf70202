# bisect: bisect_left/right, insort_left/right with lo, hi and key; errors.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as error:
        print(label, type(error).__name__, error)


a = [1, 2, 2, 2, 4, 7]
for x in [0, 1, 2, 3, 7, 8]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 0, 2), bisect_right(a, 2, hi=3), bisect_left(a, 9, lo=1, hi=None))
print(bisect_left(a, 2, 0, -1), bisect_left(a, 2, 5, 1), bisect_right((1, 3, 5), 4), bisect_left('acegi', 'd'))
print(bisect_left(range(0, 100, 5), 42), bisect_right([1.0, 2.5], 2.5), bisect_right(a, 2, key=None))
records = [('ann', 25), ('bob', 30), ('cy', 30), ('dee', 41)]
print(bisect_left(records, 30, key=lambda r: r[1]), bisect_right(records, 30, key=lambda r: r[1]))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
b = []
for value in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort_right(b, value)
print(b)
insort_left(b, 5)
bisect.insort(b, 3, 0, 4)
print(b)
people = []
for person in [('x', 3), ('y', 1), ('z', 3), ('w', 2)]:
    bisect.insort(people, person, key=lambda p: p[1])
print(people)
insort_left(people, ('v', 3), key=lambda p: p[1])
print(people)


class Shelf:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)


shelf = Shelf()
for value in [3, 1, 2]:
    insort_right(shelf, value)
print(shelf.items, bisect_left(shelf, 2))
attempt("lo negative", lambda: bisect_left([1], 1, -1))
attempt("hi past end", lambda: bisect_left([1], 1, 0, 5))
attempt("int sequence", lambda: bisect_left(1, 1))
attempt("missing x", lambda: bisect_left([1]))
attempt("none", lambda: bisect_left())
attempt("lo str", lambda: bisect_left([1], 1, 'a'))
attempt("lo none", lambda: bisect_right([], 1, lo=None))
attempt("twice", lambda: bisect_left([1], 1, x=2))
attempt("five", lambda: insort_left([], 1, 0, 1, 3))
attempt("insort negative", lambda: bisect.insort([1], 1, -1))
attempt("insort tuple", lambda: bisect.insort((1,), 1))
attempt("mixed", lambda: bisect_left([1, 'a'], 2))
attempt("key error", lambda: bisect_left([1, 2], 1, key=len))
print(bisect.bisect, bisect.insort, bisect.bisect is bisect_right, bisect.insort is insort_right)
