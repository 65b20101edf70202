from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
print(dir(P))
print(dir(P(1)))
class Q:
    @property
    def p(self):
        return 1
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
    def __eq__(self, o):
        return True
print(dir(Q), dir(Q()))
def f():
    return dir()
print(f())
