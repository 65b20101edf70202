# heapq.nsmallest, nlargest (key=) and merge (key=, reverse=), as heapq.py computes them.
import heapq


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as error:
        print(label, type(error).__name__, error)


values = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
for n in [0, 1, 3, 10, 12, -1]:
    print(n, heapq.nsmallest(n, values), heapq.nlargest(n, values))
print(heapq.nsmallest(3, iter(values)), heapq.nlargest(3, iter(values)), heapq.nsmallest(2, iter([])))
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'plum']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(2, iter(words), key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, iter(words)), heapq.nsmallest(1, []), heapq.nlargest(1, [], key=len))
ties = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e')]
print(heapq.nsmallest(3, iter(ties), key=lambda t: t[0]), heapq.nlargest(3, iter(ties), key=lambda t: t[0]))
print(heapq.nsmallest(True, [3, 1]), heapq.nlargest(n=2, iterable=[1, 3, 2]))
attempt("nsmallest str", lambda: heapq.nlargest('a', [1]))
attempt("nsmallest float iter", lambda: heapq.nsmallest(2.0, iter([3, 1, 2])))
attempt("nsmallest int", lambda: heapq.nlargest(2, 1))
attempt("nsmallest one", lambda: heapq.nsmallest(1))
attempt("nsmallest none", lambda: heapq.nsmallest())
attempt("nsmallest four", lambda: heapq.nsmallest(1, [], None, 4))
attempt("nsmallest kw", lambda: heapq.nsmallest(1, [], x=1))
attempt("nsmallest twice", lambda: heapq.nsmallest(1, [], n=1))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([1, 3, 5], [1, 2, 9, 10])), list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(heapq.merge(['dddd', 'a'], ['ccc', 'bb'], key=len, reverse=True)))
print(list(heapq.merge(iter([1, 2]), (x * 2 for x in range(3)))))
pulled = []


def source(name, items):
    for item in items:
        pulled.append(name + str(item))
        yield item


merged = heapq.merge(source('a', [1, 5]), source('b', [2, 3, 4]))
print(pulled, next(merged), pulled, next(merged), pulled, list(merged), pulled)
m = heapq.merge([1])
print(type(m).__name__, heapq.merge.__name__, heapq.nsmallest.__name__)
attempt("merge kw", lambda: heapq.merge([1], x=2))
attempt("merge int", lambda: list(heapq.merge([1], 1)))
attempt("merge mixed", lambda: list(heapq.merge([1], ['a'])))
