from functools import partial, singledispatch
