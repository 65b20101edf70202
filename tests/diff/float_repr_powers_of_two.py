# repr of every power of two and its neighbours: at a power of two the
# round-trip interval is lopsided (the doubles below are twice as dense), so
# the shortest digits can lie above the correctly rounded ones (2.0**803).
k = -1074
while k < 1024:
    v = 2.0 ** k
    print(k, repr(v), str(-v), repr(v * 1.0000000000000002), repr(v * 0.9999999999999999))
    k += 1
