# uuid (3.14): versions 6, 7 and 8, NIL and MAX, versions up to 8 in the constructor. Recorded with CPython 3.14.
import uuid

print(uuid.NIL, uuid.MAX, uuid.NIL.int, uuid.MAX.int == (1 << 128) - 1, uuid.MAX.variant)
print(uuid.uuid8(1, 2, 3), uuid.uuid8(0xffff_ffff_ffff, 0xfff, (1 << 62) - 1), uuid.uuid8(1 << 48, 1 << 12, 1 << 62))
x = uuid.uuid8()
print(x.version, x.variant)
print(uuid.UUID("00" * 16, version=6), uuid.UUID("ff" * 16, version=8))
six = uuid.uuid6(node=0x123456789abc, clock_seq=0x2345)
print(six.version, hex(six.node), hex(six.clock_seq), six.variant)
sixes = [uuid.uuid6() for _ in range(30)]
print(all(a < b for a, b in zip(sixes, sixes[1:])), all(a.time < b.time for a, b in zip(sixes, sixes[1:])))
sevens = [uuid.uuid7() for _ in range(300)]
print({s.version for s in sevens}, all(a < b for a, b in zip(sevens, sevens[1:])), len(set(sevens)))
import time
print(abs(sevens[0].time - time.time_ns() // 1_000_000) < 60_000)
v1 = uuid.UUID(fields=(0x1d19dad6, 0xba7b, 0x1810, 0x80, 0xb4, 0x00c04fd430c8))
print(v1.time, uuid.UUID("1ec9414c-232a-6b00-b3c8-9f6bdeced846").time, uuid.UUID("017f22e2-79b0-7cc3-98c4-dc0c0c07398f").time)
