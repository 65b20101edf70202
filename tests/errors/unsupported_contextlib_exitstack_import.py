import contextlib
from contextlib import ExitStack
