# Every statement, compound statements and blocks.
import os
import os.path
import a.b.c as d, e
from os import path
from os import path as p, sep
from os import (path, sep,)
from . import sibling
from .. import parent
from ... import grand
from .... import great
from .mod import name
from ..pkg.mod import *
from __future__ import annotations

global_value = 1

def uses_globals():
    global global_value
    global a, b
    global_value = 2

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    return inner

if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if a: pass
if a: x = 1; y = 2
if a: x = 1; y = 2;

while x:
    break
else:
    continue_ = 1

while True:
    if x:
        continue
    break

for x in y:
    pass
else:
    pass

for x, y in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, in z: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass
for x.y in z: pass
for x[0] in z: pass

try:
    pass
except:
    pass

try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as error:
    pass
except Exception as e:
    raise
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as group:
    pass

with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a as (b, c):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a):
    pass
with (a) as b:
    pass
with (yield_):
    pass
with open(x) as f, open(y) as g:
    pass
with a as b.c, d as e[0]:
    pass

raise
raise ValueError
raise ValueError("x") from None
raise ValueError from error

def f():
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return *a, b
def j():
    yield
def k():
    yield 1
def l():
    yield 1, 2
def m():
    yield from range(3)
def n():
    x = yield
    y = yield 1
    z = yield from w
    await_ = (yield)
    print((yield))
    f((yield x))
    return (yield)

pass; pass
x = 1; y = 2

if x:
    if y:
        if z:
            pass
        else:
            pass
    elif w:
        pass

class Empty: pass
class Empty2(): pass
