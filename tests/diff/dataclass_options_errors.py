# Errors dataclass() raises while it makes a class, and those of field(),
# fields(), asdict(), astuple(), replace(): CPython 3.12's messages.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, KW_ONLY, InitVar

def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        a: int

def both_defaults():
    @dataclass
    class C:
        a: list = field(default=1, default_factory=list)

def overwrite_lt():
    @dataclass(order=True)
    class C:
        a: int
        def __lt__(self, other):
            return True

def overwrite_setattr():
    @dataclass(frozen=True)
    class C:
        a: int
        def __setattr__(self, name, value):
            pass

def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class C:
        a: int
        def __hash__(self):
            return 1

@dataclass
class Thawed:
    a: int

@dataclass(frozen=True)
class Frozen:
    a: int

def frozen_from_thawed():
    @dataclass(frozen=True)
    class C(Thawed):
        b: int = 0

def thawed_from_frozen():
    @dataclass
    class C(Frozen):
        b: int = 0

def non_default_after_default():
    @dataclass
    class C:
        a: int = field(default_factory=int)
        b: int

def kw_only_twice():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int

def field_without_annotation():
    @dataclass
    class C:
        a: int
        b = field(default=1)

def mutable_default_in_field():
    @dataclass
    class C:
        a: dict = field(default={})

def initvar_factory():
    @dataclass
    class C:
        a: InitVar[list] = field(default_factory=list)

def unknown_option():
    dataclass(sorted=True)

def two_positional():
    dataclass(Thawed, Frozen)

def kw_only_ok():
    @dataclass
    class C:
        a: int = 0
        b: int = field(kw_only=True)
    print(C(b=1))

for label, make in [
    ("order without eq", order_without_eq),
    ("both defaults", both_defaults),
    ("overwrite __lt__", overwrite_lt),
    ("overwrite __setattr__", overwrite_setattr),
    ("overwrite __hash__", overwrite_hash),
    ("frozen from thawed", frozen_from_thawed),
    ("thawed from frozen", thawed_from_frozen),
    ("non-default after default", non_default_after_default),
    ("KW_ONLY twice", kw_only_twice),
    ("Field without annotation", field_without_annotation),
    ("mutable default in field", mutable_default_in_field),
    ("InitVar with default_factory", initvar_factory),
    ("unknown option", unknown_option),
    ("two positional", two_positional),
    ("keyword-only after default", kw_only_ok),
    ("field() positional", lambda: field(1)),
    ("field() unknown keyword", lambda: field(defaults=1)),
    ("fields() of an int", lambda: fields(3)),
    ("fields() of a plain class", lambda: fields(object)),
    ("asdict() of a class", lambda: asdict(Thawed)),
    ("asdict() of a list", lambda: asdict([1])),
    ("astuple() of None", lambda: astuple(None)),
    ("asdict() bad keyword", lambda: asdict(Thawed(1), factory=dict)),
    ("replace() of a dict", lambda: replace({}, a=1)),
    ("replace() unknown field", lambda: replace(Thawed(1), b=2)),
    ("replace() no argument", lambda: replace()),
    ("Thawed() missing", lambda: Thawed()),
    ("Frozen() too many", lambda: Frozen(1, 2)),
]:
    attempt(label, make)
