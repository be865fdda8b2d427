"""A Richards-style operating-system simulation: tasks of four kinds pass packets around.

An idle task wakes two device tasks in a pseudo-random order; a worker fills work packets with
letters and sends them to two handlers; each handler hands the letters one at a time to its
device through device packets, and returns the emptied work packet to the worker. A scheduler
always runs the highest-priority task that can run. Exercises method calls on objects of
several classes, attribute reads and writes, linked lists built from objects, and small-int
bit operations. The checksum counts packets queued, tasks held, and the letters delivered.
"""
import sys
import time

IDLE_COUNT = 70000

WORK = 0
DEVICE = 1

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.value = 0
        self.payload = [0, 0, 0, 0]


def append_packet(packet, head):
    """Appends packet at the end of the linked list starting at head; returns the new head."""
    packet.link = None
    if head is None:
        return packet
    last = head
    while last.link is not None:
        last = last.link
    last.link = packet
    return head


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            packet.link = None
            self.waiting = False
        return packet

    def receive(self, packet):
        self.queue = append_packet(packet, self.queue)

    def wait(self):
        self.waiting = True

    def hold(self):
        self.held = True
        self.system.hold_count += 1

    def send(self, packet):
        self.system.queue_packet(packet, self.ident)

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, count):
        super().__init__(system, ident, priority, None)
        self.waiting = False
        self.count = count
        self.seed = 1

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.hold()
            return
        # A 16-bit linear-feedback shift register picks which device to wake.
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.system.release(DEVICE_B)
        else:
            self.seed >>= 1
            self.system.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        super().__init__(system, ident, priority, queue)
        self.next_handler = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            self.wait()
            return
        packet.destination = self.next_handler
        self.next_handler = HANDLER_B if self.next_handler == HANDLER_A else HANDLER_A
        packet.value = 0
        payload = packet.payload
        for i in range(len(payload)):
            self.letter = self.letter % 26 + 1
            payload[i] = self.letter
        self.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        super().__init__(system, ident, priority, None)
        self.work_packets = None
        self.device_packets = queue

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work_packets = append_packet(packet, self.work_packets)
            else:
                self.device_packets = append_packet(packet, self.device_packets)
        work = self.work_packets
        if work is None:
            self.wait()
        elif work.value >= len(work.payload):
            self.work_packets = work.link
            self.send(work)
        elif self.device_packets is None:
            self.wait()
        else:
            device_packet = self.device_packets
            self.device_packets = device_packet.link
            device_packet.value = work.payload[work.value]
            work.value += 1
            self.send(device_packet)


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        super().__init__(system, ident, priority, None)
        self.stored = None

    def step(self, packet):
        if packet is None:
            if self.stored is None:
                self.wait()
            else:
                finished = self.stored
                self.stored = None
                self.system.letters_delivered += finished.value
                self.send(finished)
        else:
            self.stored = packet
            self.hold()


class System:
    def __init__(self, idle_count):
        self.queue_count = 0
        self.hold_count = 0
        self.letters_delivered = 0
        work = None
        for _ in range(2):
            work = Packet(work, WORKER, WORK)
        devices_a = None
        devices_b = None
        for _ in range(3):
            devices_a = Packet(devices_a, DEVICE_A, DEVICE)
            devices_b = Packet(devices_b, DEVICE_B, DEVICE)
        tasks = [
            IdleTask(self, IDLE, 0, idle_count),
            WorkerTask(self, WORKER, 1000, work),
            HandlerTask(self, HANDLER_A, 2000, devices_a),
            HandlerTask(self, HANDLER_B, 3000, devices_b),
            DeviceTask(self, DEVICE_A, 4000),
            DeviceTask(self, DEVICE_B, 5000),
        ]
        self.tasks = tasks
        self.by_priority = sorted(tasks, key=lambda task: task.priority, reverse=True)

    def queue_packet(self, packet, sender):
        """Delivers packet to its destination; replies to it will go back to the sender."""
        self.queue_count += 1
        target = self.tasks[packet.destination]
        packet.destination = sender
        target.receive(packet)

    def release(self, ident):
        self.tasks[ident].held = False

    def next_runnable(self):
        for task in self.by_priority:
            if task.runnable():
                return task
        return None

    def run(self):
        steps = 0
        task = self.next_runnable()
        while task is not None:
            task.step(task.take_packet())
            steps += 1
            task = self.next_runnable()
        return steps


def bench():
    system = System(IDLE_COUNT)
    steps = system.run()
    return (steps, system.queue_count, system.hold_count, system.letters_delivered)


# ---- harness: identical in every bench program (BenchProgramsTest checks it); edit all or none ----
# Usage: PROGRAM [N]. Runs bench() N times (default 1); for each run prints one line
#     iteration <i> <seconds> <repr of the checksum bench() returned>
# with i counting from 1 and seconds measured with time.perf_counter. bench/run parses these lines.
def _run_harness(argv):
    iterations = int(argv[1]) if len(argv) > 1 else 1
    for i in range(1, iterations + 1):
        started = time.perf_counter()
        checksum = bench()
        elapsed = time.perf_counter() - started
        print("iteration", i, elapsed, repr(checksum), flush=True)


if __name__ == "__main__":
    _run_harness(sys.argv)
