# Richards (Martin Richards' operating-system simulation, the shape of the classic
# benchmark): a scheduler runs an idle task, a worker, two handlers and two devices
# that exchange packets; the counts of queued packets and hold operations are the
# checksum. Measures method calls on a class hierarchy, attribute access, linked lists.
ITERATIONS = 40

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, identity, kind):
        self.link = link
        self.identity = identity
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.task_list = None
        self.current = None
        self.current_identity = 0
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.identity] = task
        task.next_task = self.task_list
        self.task_list = task

    def run(self):
        self.current = self.task_list
        while self.current is not None:
            task = self.current
            if task.is_held_or_suspended():
                self.current = task.next_task
            else:
                self.current_identity = task.identity
                self.current = task.run_step()

    def find(self, identity):
        return self.tasks[identity]

    def hold_current(self):
        self.hold_count += 1
        self.current.state |= STATE_HELD
        return self.current.next_task

    def suspend_current(self):
        self.current.state |= STATE_SUSPENDED
        return self.current

    def release(self, identity):
        task = self.find(identity)
        task.state &= ~STATE_HELD
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue(self, packet):
        task = self.find(packet.identity)
        self.queue_count += 1
        packet.link = None
        packet.identity = self.current_identity
        return task.add_packet(packet, self.current)


# Task states are bit sets, as in the original: a task runs when it is neither held nor
# suspended without a packet waiting.
STATE_RUNNING = 0
STATE_RUNNABLE = 1
STATE_SUSPENDED = 2
STATE_HELD = 4
STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE


class Task:
    def __init__(self, scheduler, identity, priority, queue):
        self.scheduler = scheduler
        self.identity = identity
        self.priority = priority
        self.queue = queue
        self.next_task = None
        self.state = STATE_SUSPENDED if queue is None else STATE_SUSPENDED_RUNNABLE

    def is_held_or_suspended(self):
        return self.state & STATE_HELD != 0 or self.state == STATE_SUSPENDED

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.state |= STATE_RUNNABLE
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run_step(self):
        packet = None
        if self.state == STATE_SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = STATE_RUNNING if self.queue is None else STATE_RUNNABLE
        return self.work(packet)


class IdleTask(Task):
    def __init__(self, scheduler, identity, priority, seed, count):
        Task.__init__(self, scheduler, identity, priority, None)
        self.state = STATE_RUNNING
        self.seed = seed
        self.count = count

    def work(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, identity, priority, queue):
        Task.__init__(self, scheduler, identity, priority, queue)
        self.destination = ID_HANDLER_A
        self.letter = 0

    def work(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        self.destination = ID_HANDLER_B if self.destination == ID_HANDLER_A else ID_HANDLER_A
        packet.identity = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.scheduler.queue(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, identity, priority, queue):
        Task.__init__(self, scheduler, identity, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def work(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        if self.work_queue is not None:
            work = self.work_queue
            count = work.datum
            if count >= BUFFER_SIZE:
                self.work_queue = work.link
                return self.scheduler.queue(work)
            if self.device_queue is not None:
                device = self.device_queue
                self.device_queue = device.link
                device.datum = work.data[count]
                work.datum = count + 1
                return self.scheduler.queue(device)
        return self.scheduler.suspend_current()


class DeviceTask(Task):
    def __init__(self, scheduler, identity, priority, queue):
        Task.__init__(self, scheduler, identity, priority, queue)
        self.pending = None

    def work(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            pending = self.pending
            self.pending = None
            return self.scheduler.queue(pending)
        self.pending = packet
        return self.scheduler.hold_current()


def run_once(count):
    scheduler = Scheduler()
    scheduler.add(IdleTask(scheduler, ID_IDLE, 0, 1, count))
    queue = Packet(None, ID_WORKER, KIND_WORK)
    queue = Packet(queue, ID_WORKER, KIND_WORK)
    scheduler.add(WorkerTask(scheduler, ID_WORKER, 1000, queue))
    queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    scheduler.add(HandlerTask(scheduler, ID_HANDLER_A, 2000, queue))
    queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    scheduler.add(HandlerTask(scheduler, ID_HANDLER_B, 3000, queue))
    scheduler.add(DeviceTask(scheduler, ID_DEVICE_A, 4000, None))
    scheduler.add(DeviceTask(scheduler, ID_DEVICE_B, 5000, None))
    scheduler.run()
    return scheduler.queue_count, scheduler.hold_count


total_queued = 0
total_held = 0
for _ in range(ITERATIONS):
    queued, held = run_once(10000)
    total_queued += queued
    total_held += held
print("queue count", queued, "hold count", held)
print("totals", total_queued, total_held)
