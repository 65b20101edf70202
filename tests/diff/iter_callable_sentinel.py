# iter(callable, sentinel) with bound methods of builtin objects
stack = [1, 2, 3, 0, 4, 5]
print(list(iter(stack.pop, 3)), stack)
words = ['end', 'c', 'b', 'a']
it = iter(words.pop, 'end')
print(next(it), next(it), list(it), next(it, 'done'), words)
queue = [5, 6, 7]
print([x * 2 for x in iter(queue.pop, 5)], queue)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
d = {'a': 1}
getter = iter(d.popitem, None)
print(next(getter))
try:
    next(getter)
except KeyError as e:
    print('KeyError', e)
