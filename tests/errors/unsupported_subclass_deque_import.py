from collections import deque as Deque


class Queue(Deque):
    pass
