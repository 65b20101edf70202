from typing import TypedDict, NewType, Protocol, runtime_checkable, List, Optional, TypeVar, Generic
import typing
class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
    tags: List[str]
class Film(Movie, total=False):
    director: 'Person'
m = Movie(name='Blade Runner', year=1982)
print(type(m), m, m == {'name': 'Blade Runner', 'year': 1982}, type(Movie), Movie.__mro__, Movie.__bases__)
print(Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__, Movie.__annotations__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Film.__required_keys__), sorted(Film.__optional_keys__), Film.__annotations__, Film.__orig_bases__, Film.__mro__)
f = Film(name='x', year=1, director='y')
f['extra'] = 5
print(f, type(f).__name__, Movie(), Movie({'a': 1}), Movie([('k', 2)], z=3))
Point2D = TypedDict('Point2D', {'x': int, 'y': int, 'label': str})
print(Point2D(x=1, y=2, label='a'), Point2D.__annotations__, sorted(Point2D.__required_keys__), Point2D.__name__)
P3 = TypedDict('P3', {'x': int}, total=False)
print(P3.__optional_keys__, P3.__total__, P3.__orig_bases__[0] is TypedDict, P3.__module__)
for f in [lambda: isinstance({}, Movie), lambda: issubclass(dict, Movie)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
try:
    class Plain: pass
    class Bad(TypedDict, Plain):
        x: int
except TypeError as e:
    print('TypeError', e)
UserId = NewType('UserId', int)
u = UserId(5)
print(u, type(u), UserId, repr(UserId), UserId.__name__, UserId.__qualname__, UserId.__supertype__, UserId.__module__, type(UserId))
Deep = NewType('a.b.Deep', str)
print(Deep, Deep.__name__, Deep('s'), UserId | None, Optional[UserId], List[UserId])
def get(uid: UserId) -> str:
    return f"user{uid}"
print(get(UserId(7)), get.__annotations__)
