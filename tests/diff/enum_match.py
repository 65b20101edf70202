# match on enum members (value patterns), members as dict keys and in sets,
# and an enum-driven state machine.
from enum import Enum, IntEnum, auto


class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()


def advance(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case Light.YELLOW:
            return Light.RED


def describe(value):
    match value:
        case Light.RED | Light.YELLOW:
            return "stop"
        case Light():
            return "go"
        case _:
            return "not a light"


state = Light.RED
trace = []
for _ in range(5):
    trace.append(state.name)
    state = advance(state)
print(" -> ".join(trace))
print([describe(light) for light in Light], describe(3))

durations = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}
print(sum(durations[light] for light in Light), sorted(durations, key=durations.get))
seen = set()
for light in [Light.RED, Light.RED, Light.GREEN]:
    seen.add(light)
print(len(seen), Light.GREEN in seen, Light.YELLOW in seen)


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404


def status(code):
    match code:
        case Code.OK:
            return "ok"
        case 404:
            return "missing"
        case _:
            return "other"


print(status(Code.OK), status(Code.NOT_FOUND), status(200), status(500))
