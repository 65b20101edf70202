# Structural pattern matching; match/case are soft keywords.
match command:
    case "quit":
        pass
    case 0 | 1 | 2:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case b"bytes":
        pass
    case "a" "b":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case x:
        pass
    case _:
        pass

match point:
    case (0, 0):
        pass
    case (x, 0):
        pass
    case [x, y, *rest]:
        pass
    case [*_]:
        pass
    case [first, *_, last]:
        pass
    case ():
        pass
    case []:
        pass
    case (x,):
        pass
    case (x):
        pass
    case x, y:
        pass
    case *a, b:
        pass
    case Point(x=0, y=0):
        pass
    case Point(0, 0):
        pass
    case Point(x, y=2):
        pass
    case Point():
        pass
    case module.Point(x=0):
        pass
    case a.b.c:
        pass
    case Color.RED | Color.GREEN:
        pass
    case {"key": value}:
        pass
    case {"a": 1, "b": 2, **rest}:
        pass
    case {}:
        pass
    case {1: x, None: y, True: z}:
        pass
    case {Color.RED: x}:
        pass
    case [x, y] if x > y:
        pass
    case (1 | 2) as n:
        pass
    case [1, 2] as pair:
        pass
    case {"x": [1, {"y": Point(a, b=[c, *d])}]}:
        pass
    case str() | bytes():
        pass
    case int(x) if x > 0:
        pass

match x, y:
    case 1, 2:
        pass

match *a, b:
    case _:
        pass

match (x):
    case _:
        pass

match -x:
    case _:
        pass

match = 1
match.x = 2
match[0] = 3
match(x)
print(match)
case = 2
_ = 3
match match:
    case case:
        pass

def f(match, case):
    return match + case
