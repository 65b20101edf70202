class P:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = 1
for case_number in range(5):
    try:
        if case_number == 0:
            match P():
                case P(1, 2):
                    pass
        elif case_number == 1:
            match 5:
                case len():
                    pass
        elif case_number == 2:
            match P():
                case P(x=1, y=2):
                    print("unreachable")
                case P(x=1):
                    print("x is 1")
        elif case_number == 3:
            class Q:
                __match_args__ = ["x"]
            match Q():
                case Q(a):
                    pass
        else:
            match P():
                case P(a, x=b):
                    pass
    except TypeError as e:
        print(type(e).__name__, e)

class R:
    __match_args__ = ("a", 5)
    a = 1
for v in [R(), 3]:
    try:
        match v:
            case R(_, _):
                print("r")
            case int(x, y):
                pass
    except TypeError as e:
        print(type(e).__name__, e)
match 7:
    case int(q):
        print("int", q)
match [1, (2, 3), {"k": [4]}]:
    case [a, (b, c), {"k": [d]}]:
        print(a, b, c, d)
