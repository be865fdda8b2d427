# One array, one hash object and one Struct shared by 8 threads: every append/extend and
# every hash update lands exactly once (array and hash operations are atomic), results exact.
import threading, hashlib, struct
from array import array

N_THREADS, ROUNDS = 8, 2000
shared = array('q')
h = hashlib.sha256()
s = struct.Struct('<qq')
packed = []
lock = threading.Lock()

def work(tid):
    local = []
    for i in range(ROUNDS):
        shared.append(tid * ROUNDS + i)
        if i % 4 == 0:
            shared.extend(array('q', [-1, -1]))
        h.update(b'x')
        local.append(s.unpack(s.pack(tid, i)))
    with lock:
        packed.extend(local)

threads = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for t in threads: t.start()
for t in threads: t.join()

print(len(shared), shared.count(-1), sorted(v for v in shared if v >= 0) == list(range(N_THREADS * ROUNDS)))
print(h.hexdigest() == hashlib.sha256(b'x' * (N_THREADS * ROUNDS)).hexdigest())
print(len(packed), sorted(packed) == sorted((t, i) for t in range(N_THREADS) for i in range(ROUNDS)))
