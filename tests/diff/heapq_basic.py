# heapq's sift functions: the list contents after each step, as CPython's algorithm leaves them.
import heapq


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as error:
        print(label, type(error).__name__, error)


heap = []
for value in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(heap, value)
    print(heap)
while heap:
    print(heapq.heappop(heap), heap)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 20), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3), heapq.heappushpop([5], 5))
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(len(words))])
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapq.heapify(pairs)
print(pairs, heapq.heappop(pairs), pairs)
big = list(range(3000, 0, -1))
heapq.heapify(big)
print(big[:12], big[-5:], [heapq.heappop(big) for _ in range(5)])
maxed = [1, 5, 3, 9, 2]
heapq._heapify_max(maxed)
print(maxed, heapq._heappop_max(maxed), maxed, heapq._heapreplace_max(maxed, 0), maxed)
compared = []


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        compared.append((self.n, other.n))
        return self.n < other.n

    def __repr__(self):
        return 'L%d' % self.n


loud = [Loud(n) for n in [4, 1, 3, 2]]
heapq.heapify(loud)
print(loud, compared)
compared.clear()
heapq.heappush(loud, Loud(0))
print(loud, compared)
attempt("pop empty", lambda: heapq.heappop([]))
attempt("replace empty", lambda: heapq.heapreplace([], 1))
attempt("push int", lambda: heapq.heappush(1, 2))
attempt("push one", lambda: heapq.heappush([]))
attempt("push kw", lambda: heapq.heappush([], 1, x=1))
attempt("heapify int", lambda: heapq.heapify(1))
attempt("heapify two", lambda: heapq.heapify([], 1))
attempt("pop int", lambda: heapq.heappop(1))
attempt("pop none", lambda: heapq.heappop())
attempt("pop kw", lambda: heapq.heappop([], x=1))
attempt("replace int", lambda: heapq.heapreplace(1, 1))
attempt("pushpop int", lambda: heapq.heappushpop(1, 1))
attempt("push mixed", lambda: heapq.heappush([1, 'a'], 2))
print(heapq.heappush, heapq.heapify)
