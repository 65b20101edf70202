from collections import deque, namedtuple
