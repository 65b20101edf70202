# An event system: a scheduler over a hand-written binary heap, handlers
# registered by decorators, closures that keep state, generator-based tasks
# that sleep and wait for events, filtering and error isolation.


class PriorityQueue:
    """A binary min-heap of (key, sequence, item); the sequence keeps it stable."""

    def __init__(self):
        self._heap = []
        self._sequence = 0

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def push(self, key, item):
        entry = (key, self._sequence, item)
        self._sequence += 1
        heap = self._heap
        heap.append(entry)
        child = len(heap) - 1
        while child > 0:
            parent = (child - 1) // 2
            if heap[parent][:2] <= entry[:2]:
                break
            heap[child] = heap[parent]
            child = parent
        heap[child] = entry

    def peek(self):
        if not self._heap:
            raise IndexError("peek from an empty queue")
        key, _, item = self._heap[0]
        return key, item

    def pop(self):
        heap = self._heap
        if not heap:
            raise IndexError("pop from an empty queue")
        top = heap[0]
        last = heap.pop()
        if heap:
            size = len(heap)
            index = 0
            while True:
                smallest = index
                for child in (2 * index + 1, 2 * index + 2):
                    candidate = last if smallest == index else heap[smallest]
                    if child < size and heap[child][:2] < candidate[:2]:
                        smallest = child
                if smallest == index:
                    break
                heap[index] = heap[smallest]
                index = smallest
            heap[index] = last
        return top[0], top[2]

    def drain(self):
        while self:
            yield self.pop()


class Event:
    def __init__(self, name, time, **data):
        self.name = name
        self.time = time
        self.data = data
        self.cancelled = False

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event({self.name}@{self.time}{', ' if fields else ''}{fields})"


class Sleep:
    def __init__(self, delay):
        self.delay = delay


class WaitFor:
    def __init__(self, name):
        self.name = name


class HandlerError(Exception):
    pass


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.waiting = {}
        self.queue = PriorityQueue()
        self.now = 0
        self.log = []
        self.errors = []

    # -- registration -----------------------------------------------------------
    def on(self, name, priority=0, when=None):
        """Decorator: handle events called `name` ('*' for all), lower priority first."""
        def register(handler):
            self.handlers.setdefault(name, []).append((priority, len(self.handlers.get(name, [])), handler, when))
            self.handlers[name].sort(key=lambda entry: entry[:2])
            return handler
        return register

    def once(self, name):
        def register(handler):
            fired = False

            def wrapper(event):
                nonlocal fired
                if fired:
                    return None
                fired = True
                return handler(event)
            wrapper.__name__ = handler.__name__
            self.on(name)(wrapper)
            return handler
        return register

    # -- emission ------------------------------------------------------------------
    def emit(self, name, delay=0, priority=5, **data):
        event = Event(name, self.now + delay, **data)
        self.queue.push((event.time, priority), event)
        return event

    def spawn(self, task, name):
        self.queue.push((self.now, 0), ("resume", task, name, None))

    def dispatch(self, event):
        matching = self.handlers.get(event.name, []) + self.handlers.get("*", [])
        matching.sort(key=lambda entry: entry[:2])
        results = []
        for priority, _, handler, when in matching:
            if event.cancelled:
                self.log.append(f"{event.name} cancelled before {handler.__name__}")
                break
            if when is not None and not when(event):
                continue
            try:
                result = handler(event)
            except Exception as error:
                self.errors.append((event.name, handler.__name__, type(error).__name__, str(error)))
                continue
            if result is not None:
                results.append(result)
        for task, name in self.waiting.pop(event.name, []):
            self.queue.push((self.now, 1), ("resume", task, name, event))
        return results

    def resume(self, task, name, value):
        try:
            request = task.send(value)
        except StopIteration as stop:
            self.log.append(f"task {name} finished -> {stop.value!r}")
            return
        except Exception as error:
            self.errors.append(("task", name, type(error).__name__, str(error)))
            return
        if isinstance(request, Sleep):
            self.queue.push((self.now + request.delay, 2), ("resume", task, name, self.now + request.delay))
        elif isinstance(request, WaitFor):
            self.waiting.setdefault(request.name, []).append((task, name))
        else:
            try:
                task.throw(TypeError(f"task {name} yielded {type(request).__name__}"))
            except TypeError as error:
                self.errors.append(("task", name, "TypeError", str(error)))

    def run(self, until):
        steps = 0
        while self.queue:
            (time, _), item = self.queue.peek()
            if time > until:
                break
            self.queue.pop()
            self.now = time
            steps += 1
            if isinstance(item, Event):
                results = self.dispatch(item)
                if results:
                    print(f"t={time:>3} {item.name:<10} -> {results}")
            else:
                _, task, name, value = item
                self.resume(task, name, value)
        return steps


# ---- decorators used by the handlers -----------------------------------------------

def counted(function):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return function(*args, **kwargs)
    wrapper.__name__ = function.__name__
    wrapper.count = lambda: calls
    return wrapper


def retry(times):
    def decorate(function):
        def wrapper(event):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return function(event, attempt)
                except HandlerError as error:
                    last = error
            raise HandlerError(f"gave up after {times} attempts: {last}")
        wrapper.__name__ = function.__name__
        return wrapper
    return decorate


def make_accumulator(label):
    totals = {}

    def accumulate(event):
        key = event.data.get("sensor", "?")
        totals[key] = totals.get(key, 0) + event.data.get("value", 0)
        return None

    def report():
        return label + ": " + ", ".join(f"{k}={v}" for k, v in sorted(totals.items()))
    accumulate.__name__ = "accumulate_" + label
    return accumulate, report


# ---- the scenario ---------------------------------------------------------------------

bus = EventBus()
accumulate, accumulated = make_accumulator("sum")
bus.on("reading")(accumulate)
thresholds = {"a": 50, "b": 70}


@bus.on("reading", priority=-1, when=lambda e: e.data["value"] < 0)
def reject_negative(event):
    event.cancelled = True
    return f"rejected {event.data['sensor']}"


@bus.on("reading", priority=1)
@counted
def check_threshold(event):
    sensor, value = event.data["sensor"], event.data["value"]
    if value > thresholds.get(sensor, 100):
        bus.emit("alarm", delay=1, sensor=sensor, value=value)
        return f"{sensor} high"
    return None


@bus.on("alarm")
def page_operator(event):
    return "page " + event.data["sensor"]


flaky_state = {"failures": 2}


@bus.on("alarm", priority=2)
@retry(3)
def log_alarm(event, attempt):
    if flaky_state["failures"] > 0:
        flaky_state["failures"] -= 1
        raise HandlerError(f"disk busy (attempt {attempt})")
    return f"logged on attempt {attempt}"


@bus.on("alarm", priority=3)
@retry(2)
def always_fails(event, attempt):
    raise HandlerError("no route")


@bus.on("*", priority=10)
def audit(event):
    bus.log.append(f"t={bus.now} {event!r}")


@bus.once("shutdown")
def first_shutdown(event):
    return "shutting down: " + event.data.get("reason", "none")


@bus.on("divide")
def divide(event):
    return event.data["a"] // event.data["b"]


def sensor(name, values, period):
    """A task: emits a reading every `period` ticks."""
    sent = 0
    for value in values:
        bus.emit("reading", sensor=name, value=value)
        sent += 1
        now = yield Sleep(period)
        assert now == bus.now
    return sent


def watchdog():
    alarms = 0
    while alarms < 2:
        event = yield WaitFor("alarm")
        alarms += 1
        bus.log.append(f"watchdog saw alarm #{alarms} from {event.data['sensor']}")
    bus.emit("shutdown", delay=5, reason="too many alarms")
    return alarms


def pipeline():
    def numbers():
        n = 0
        while True:
            n += 1
            yield n

    def squares(source):
        for n in source:
            yield n * n

    def take(k, source):
        for _, item in zip(range(k), source):
            yield item
    total = 0
    for item in take(5, squares(numbers())):
        total += item
        yield Sleep(3)
    return total


def bad_task():
    yield Sleep(1)
    yield "not a request"


bus.spawn(sensor("a", [10, 60, 20, -5, 55], 4), "sensor-a")
bus.spawn(sensor("b", [80, 30, 90], 6), "sensor-b")
bus.spawn(watchdog(), "watchdog")
bus.spawn(pipeline(), "pipeline")
bus.spawn(bad_task(), "bad")
bus.emit("divide", delay=2, a=17, b=5)
bus.emit("divide", delay=3, a=1, b=0)
bus.emit("shutdown", delay=100, reason="late")

steps = bus.run(until=60)
print("steps:", steps, "now:", bus.now, "pending:", len(bus.queue))
print(accumulated())
print("threshold checks:", check_threshold.count())
print("log:")
for line in bus.log:
    print("  " + line)
print("errors:")
for error in bus.errors:
    print("  ", error)
print("remaining:", [(key, repr(item)) for key, item in bus.queue.drain()])

# The queue on its own: a heap sort must agree with sorted(), ties in insertion order.
queue = PriorityQueue()
values = [(37 * i) % 23 for i in range(40)]
for index, value in enumerate(values):
    queue.push(value, index)
popped = list(queue.drain())
print(popped[:8])
print([key for key, _ in popped] == sorted(values))
print(all(popped[i][1] < popped[i + 1][1] for i in range(len(popped) - 1) if popped[i][0] == popped[i + 1][0]))
try:
    queue.pop()
except IndexError as error:
    print("IndexError:", error)
