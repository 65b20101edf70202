class Registry:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Registry.plugins.append(cls)
class Alpha(Registry):
    pass
class Beta(Registry, name='b'):
    def run(self):
        return 'beta runs ' + self.plugin_name
class Gamma(Beta):
    pass
print([c.__name__ for c in Registry.plugins], Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name, Beta().run())
class Base:
    def __init_subclass__(cls, **kwargs):
        print('init_subclass', cls.__name__, sorted(kwargs.items()))
        cls.kwargs = kwargs
opts = {'x': 1, 'y': 2}
class K(Base, **opts):
    pass
class K2(Base, flag=True, **{'z': 3}):
    pass
print(K.kwargs, K2.kwargs, type(Base.__dict__['__init_subclass__']).__name__)
try:
    class Plain(object, flag=1):
        pass
except TypeError as e:
    print('TypeError', e)
class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print('TypeError', e)
class Fine(Strict, required='yes'):
    pass
print(Fine.required)
class Descr:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class Field(Base):
    a = Descr()
    b = Descr()
print(Field.a.name, Field.b.name)
class Gen:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
class SubGen(Gen):
    pass
print(Gen[int], SubGen['x'], Gen.__class_getitem__(3))
def make():
    class Local(Registry, name='local'):
        pass
    return Local
print(make().plugin_name, len(Registry.plugins))
