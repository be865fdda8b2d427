# hashlib, _hashlib, _blake2 and hmac: digests of known inputs, chunked updates, copies,
# BLAKE2 parameters, SHAKE lengths, PBKDF2, HMAC and the errors.
import hashlib
import hmac

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r if isinstance(r, (bytes, str, int, bool)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)

inputs = [b'', b'a', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3]
for name in sorted(hashlib.algorithms_guaranteed):
    cons = getattr(hashlib, name)
    for data in inputs:
        h = cons(data)
        if name.startswith('shake'):
            print(name, len(data), h.hexdigest(20), h.digest(0), len(h.digest(300)))
        else:
            print(name, len(data), h.hexdigest())
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)

# every length around the block sizes, fed whole and in pieces
for name in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'sha3_512', 'shake_128', 'blake2b', 'blake2s'):
    whole = []
    for n in (0, 1, 55, 56, 63, 64, 65, 71, 72, 127, 128, 129, 135, 136, 137, 167, 168, 169, 255, 256, 1000):
        data = bytes((i * 7 + n) & 0xFF for i in range(n))
        one = hashlib.new(name, data)
        parts = hashlib.new(name)
        for start in range(0, n, 13):
            parts.update(data[start:start + 13])
        a = one.hexdigest(16) if name.startswith('shake') else one.hexdigest()
        b = parts.hexdigest(16) if name.startswith('shake') else parts.hexdigest()
        assert a == b, (name, n)
        whole.append(a[:12])
    print(name, whole)

# copies are independent and digest() does not end the object
h = hashlib.sha256(b'abc')
c = h.copy()
c.update(b'def')
print(h.hexdigest(), c.hexdigest(), h.hexdigest() == hashlib.sha256(b'abc').hexdigest())
h.update(bytearray(b'def'))
h.update(memoryview(b'ghi'))
print(h.hexdigest() == hashlib.sha256(b'abcdefghi').hexdigest())
b = hashlib.blake2s(b'x', digest_size=10)
bc = b.copy()
bc.update(b'y')
print(b.hexdigest(), bc.hexdigest(), bc.digest_size)
s = hashlib.shake_256(b'x')
s2 = s.copy()
s2.update(b'y')
print(s.hexdigest(8), s2.hexdigest(8), s.digest(length=4))

# names, cases, string=
print(hashlib.new('SHA256', b'x').name, hashlib.new('sha512_256', b'x').hexdigest(), hashlib.new('sha512_224').digest_size)
print(hashlib.sha1(string=b'abc').hexdigest(), hashlib.new('md5', b'x', usedforsecurity=False).hexdigest())

# BLAKE2 parameters
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for cons, big in ((hashlib.blake2b, True), (hashlib.blake2s, False)):
    m = 64 if big else 32
    print(cons(b'abc', key=b'key').hexdigest())
    print(cons(key=b'k' * m).hexdigest())
    print(cons(b'x' * 200, key=b'secret', salt=b'salt', person=b'me').hexdigest())
    print(cons(b'abc', digest_size=1).hexdigest(), cons(b'abc', digest_size=m // 2).hexdigest())
    print(cons(b'tree', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=m // 2).hexdigest())
    print(cons(b'last', last_node=True).hexdigest(), cons(b'last', fanout=0, depth=255, node_depth=255).hexdigest())
    print(cons(b'', key=b'k', salt=b'\x01' * (m // 4), person=b'\x02' * (m // 4)).hexdigest())
    print(hashlib.new(cons.__name__, b'abc', digest_size=5).hexdigest())
    t(cons, digest_size=0)
    t(cons, digest_size=m + 1)
    t(cons, key=b'k' * (m + 1))
    t(cons, salt=b's' * (m // 4 + 1))
    t(cons, person=b'p' * (m // 4 + 1))
    t(cons, fanout=256)
    t(cons, depth=0)
    t(cons, node_offset=2 ** (64 if big else 48))
    t(cons, inner_size=m + 1)
    t(cons, leaf_size=2 ** 32)
    t(cons, node_depth=256)
    t(cons, 'text')
try:
    class MyBlake(hashlib.blake2b):
        pass
except TypeError as e:
    print(e)

# PBKDF2
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 40).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw' * 100, b'NaCl', 50, dklen=100).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b''), memoryview(b''), 3).hex())
print(hashlib.pbkdf2_hmac('blake2s', b'pw', b'salt', 2).hex())
t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0)
t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, 0)
t(hashlib.pbkdf2_hmac, 'sha256', 'p', b's', 1)

# HMAC
for digestmod in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha224, hashlib.blake2s):
    h = hmac.new(b'key', b'The quick brown fox', digestmod)
    h2 = h.copy()
    h2.update(b' jumps')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest())
print(hmac.new(b'k' * 200, b'long key', 'sha256').hexdigest())
print(hmac.digest(b'key', b'msg', 'sha256').hex(), hmac.digest(b'key', b'msg', hashlib.md5).hex())
print(hmac.new(bytearray(b'k'), digestmod='sha1').hexdigest(), hmac.digest_size, hmac.trans_5C[:4], hmac.trans_36[-2:])
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('abc', 'abc'),
      hmac.compare_digest(bytearray(b'x'), memoryview(b'x')), hmac.compare_digest(b'a', b'ab'))
t(hmac.new, b'k')
t(hmac.new, 'k', digestmod='sha256')
t(hmac.new, b'k', digestmod='foo')
t(hmac.compare_digest, 'a', b'a')
t(hmac.compare_digest, 'é', 'é')
t(hmac.compare_digest, 1, 2)

# errors
t(hashlib.new, 'foo')
t(hashlib.md5, 'text')
t(hashlib.md5().update, 'text')
t(hashlib.md5().update, 3)
t(hashlib.shake_128(b'x').hexdigest)
print(type(hashlib.sha1()).__name__, type(hashlib.shake_128()).__mro__[1].__name__)
import _hashlib
t(_hashlib.HASH)
