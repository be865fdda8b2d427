"""Records the expected outputs of RepTest (src/test/resources/repr/) from a real CPython.

Run once with CPython and commit the output; the tests never run CPython:
    python3.13 tools/gen-repr-data.py floats   > src/test/resources/repr/floats.txt
    python3.13 tools/gen-repr-data.py complex  > src/test/resources/repr/complex.txt
    python3.14 tools/gen-repr-data.py strings  > src/test/resources/repr/strings.txt
    python3.14 tools/gen-repr-data.py nonprintable > src/test/resources/repr/nonprintable.txt
    python3.13 tools/gen-repr-data.py bytes    > src/test/resources/repr/bytes.txt
Strings and the non-printable table need 3.14 (Unicode 16, the JDK 25 tables).
"""
import random
import struct
import sys

rnd = random.Random(20261125)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def interesting_doubles():
    yield from [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 1e16, 1e15, 9999999999999998.0, 1e16 - 2, 1e17,
                1e-4, 1e-5, 0.00012345, 1.2345e-5, 123456789012345678.0, 1e22, 1e23, 2.0**53, 2.0**63,
                5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
                float('inf'), float('-inf'), float('nan'), 3.14159, 2.5, 100.0, 1e100, 1e-100,
                0.3, 2 / 3, 1 / 3, 9.5, 1e300 * 10]
    for e in range(-325, 310):
        yield float('1e%d' % e)
        yield float('9.999e%d' % e) if e < 308 else 1.0
    for k in range(1100):                       # every binary exponent at least once
        yield from_bits((rnd.getrandbits(11) << 52) | rnd.getrandbits(52))
    for k in range(2000):                       # subnormals and tiny values
        yield from_bits(rnd.getrandbits(52 if k % 2 else 20))
    for k in range(2000):                       # decimal-looking values
        yield round(rnd.uniform(-1e6, 1e6), rnd.randrange(0, 8))
    for k in range(1000):
        yield float(rnd.getrandbits(rnd.randrange(1, 70)))
    for k in range(1000):
        yield rnd.random() * 10.0 ** rnd.randrange(-8, 20)


def main(kind):
    out = sys.stdout
    if kind == 'floats':
        for x in interesting_doubles():
            out.write('%s %s\n' % (bits(x), repr(x)))
    elif kind == 'complex':
        specials = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, float('inf'), float('-inf'), float('nan'), 5e-324]
        pairs = [(a, b) for a in specials for b in specials]
        for k in range(500):
            pairs.append((from_bits(rnd.getrandbits(64)), round(rnd.uniform(-100, 100), rnd.randrange(4))))
        for a, b in pairs:
            out.write('%s %s %s\n' % (bits(a), bits(b), repr(complex(a, b))))
    elif kind == 'strings':
        samples = ['', "'", '"', '\'"', "it's", 'say "hi"', '\\', '\t\n\r', '\x00\x1f\x7f\x80\x9f\xa0\xad\xff',
                   'caf\xe9', '\u2028\u2029\u3000\u200b\ufeff', '\ud800', '\udfff x', '\U0001f600', '\U000e0001',
                   '\U0010ffff', '\ue000', '\u0378', 'a\u0300', 'Ω≈ç√', '\x1b[0m', "'''", 'back\\slash\'s']
        for k in range(300):
            samples.append(''.join(chr(rnd.choice([rnd.randrange(0x80), rnd.randrange(0x800),
                                                   rnd.randrange(0x10000), rnd.randrange(0x110000)]))
                                   for _ in range(rnd.randrange(1, 12))))
        for s in samples:
            out.write('%s\t%s\n' % (' '.join('%x' % ord(c) for c in s), repr(s)))
    elif kind == 'nonprintable':
        start = None
        for c in range(0x110001):
            np = c < 0x110000 and not chr(c).isprintable()
            if np and start is None:
                start = c
            elif not np and start is not None:
                out.write('%x %x\n' % (start, c - 1))
                start = None
    elif kind == 'bytes':
        samples = [b'', b"'", b'"', b'\'"', bytes(range(256)), b'\\n', b'it\'s']
        for k in range(200):
            samples.append(bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(1, 10))))
        for b in samples:
            out.write('%s\t%s\n' % (b.hex(), repr(b)))
    else:
        raise SystemExit('unknown kind ' + kind)


if __name__ == '__main__':
    main(sys.argv[1])
