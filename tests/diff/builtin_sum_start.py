# sum with start=, float accuracy, and its errors
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum((), start=5), sum([1.5, 2], start=1))
print(sum([]), sum(range(101)), sum([True, True, False]), sum([2**62, 2**62, 2**62]), sum([1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), sum([1, 0.5]), sum([0.5, 1]), sum([[1, 2], [3]], start=[0]), sum([(1,), (2,)], ()))
print(sum({1: 'a', 2: 'b'}), sum({4, 5}), sum(range(10), start=-45))
print(sum([1.0, float('inf')]), sum([float('inf'), -float('inf')]), sum([2**70, 0.5]))
for call in range(6):
    try:
        if call == 0:
            sum(['a', 'b'], '')
        elif call == 1:
            sum([1, 'a'])
        elif call == 2:
            sum(5)
        elif call == 3:
            sum()
        elif call == 4:
            sum([1], 2, 3)
        else:
            sum([[1]])
    except TypeError as e:
        print(e)
