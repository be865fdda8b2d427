# uuid: parsing every input form, the views of a UUID, name-based UUIDs, generated versions,
# errors, immutability, ordering, pickling and copying.
import copy
import pickle
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
for form in ("12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678",
             "{12345678-1234-5678-1234-567812345678}"):
    print(uuid.UUID(form) == u, uuid.UUID(hex=form).int == u.int)
print(u, repr(u), u.hex, u.urn, u.int)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.time, u.clock_seq, u.node, u.variant, u.version)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=u.int, version=4), uuid.UUID(int=0, version=1).version)
for v in ("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
          "00000000-0000-0000-c000-000000000000", "00000000-0000-0000-e000-000000000000",
          "00000000-0000-4000-8000-000000000000"):
    x = uuid.UUID(v)
    print(v, x.variant, x.version, x.time, x.clock_seq)

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, b"http://example.com/"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"))
print(uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"), uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL)

for make in (uuid.uuid1, uuid.uuid4):
    made = [make() for _ in range(50)]
    print(make.__name__, {x.version for x in made}, {x.variant for x in made}, len(set(made)))
one = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(one.node), hex(one.clock_seq), one.version, one.is_safe)
node = uuid.getnode()
print(0 < node < (1 << 48), node == uuid.getnode())
firsts = [uuid.uuid1() for _ in range(20)]
print(all(a.time < b.time for a, b in zip(firsts, firsts[1:])))

bad = [dict(), dict(hex="12"), dict(hex="zz" * 16), dict(bytes=b"x"), dict(bytes_le=b"y" * 17),
       dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
       dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1),
       dict(int=1 << 128), dict(int=0, version=0), dict(int=0, version=9), dict(hex="00" * 16, int=0)]
for kwargs in bad:
    try:
        uuid.UUID(**kwargs)
        print("no error", kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
try:
    u.other = 5
except TypeError as e:
    print("TypeError", e)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, b > a, b >= a, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]) == [a, b])
print(hash(a) == hash(1), int(b), str(uuid.UUID(int=255)))
try:
    a < 2
except TypeError as e:
    print("TypeError", e)
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(u, protocol)) == u
safe = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(pickle.loads(pickle.dumps(safe)).is_safe, safe.__getstate__(), u.__getstate__())
print(copy.copy(u) == u, copy.deepcopy(u) == u, list(uuid.SafeUUID), uuid.SafeUUID(None))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep="|")
