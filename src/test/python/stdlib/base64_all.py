# base64: every codec against CPython, round trips over random data, and the decoders'
# error messages (binascii's for Base64/32/16).
import base64
import io
import random

rng = random.Random(1234)
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00', b'\x00' * 4,
           b'\xff\xfe\xfd', b'    ', b'hello world\n', bytes(range(256))]
samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(40))) for _ in range(30)]

encoders = ['b64encode', 'standard_b64encode', 'urlsafe_b64encode', 'b32encode',
            'b32hexencode', 'b16encode', 'b85encode', 'a85encode', 'z85encode', 'encodebytes']
decoders = ['b64decode', 'standard_b64decode', 'urlsafe_b64decode', 'b32decode',
            'b32hexdecode', 'b16decode', 'b85decode', 'a85decode', 'z85decode', 'decodebytes']
for data in samples:
    row = []
    for enc, dec in zip(encoders, decoders):
        encoded = getattr(base64, enc)(data)
        assert getattr(base64, dec)(encoded) == data, (enc, data)
        row.append(encoded)
    print(row)

print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode(b'-_8=', b'-_'))
print(base64.b64decode('YWJj'), base64.b64decode(bytearray(b'YWJj')),
      base64.b64decode(memoryview(b'YWJj')))
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'abc', pad=True))
print(base64.a85encode(b'\x00\x00\x00\x00 ' * 3 + b'    x', foldspaces=True))
print(base64.a85encode(bytes(range(60)), wrapcol=20, adobe=True))
print(base64.a85encode(b'hello', adobe=True), base64.a85decode(b'<~BOu!rDZ~>', adobe=True))
print(base64.a85decode(b'BOu!r D]j7 BEbo 80', ignorechars=b' '))
print(base64.a85decode(b'y+<Vd', foldspaces=True), base64.a85decode(b'zz'))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW1===', map01=b'L'),
      base64.b32decode(b'M0XW6===', map01=b'I'))
print(base64.b16decode(b'deadbeef', casefold=True))
print(base64.encodebytes(bytes(range(120))))
source, sink = io.BytesIO(bytes(range(200))), io.BytesIO()
base64.encode(source, sink)
print(sink.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(sink.getvalue()), back)
print(back.getvalue() == bytes(range(200)))


def attempt(func, *args, **kwargs):
    shown = [arg if not isinstance(arg, memoryview) else 'memoryview' for arg in args]
    try:
        print(func.__name__, shown, kwargs, '->', func(*args, **kwargs))
    except Exception as err:
        print(func.__name__, shown, kwargs, '->', type(err).__module__, type(err).__name__, err)


for bad in (b'abc', b'ab=c', b'a', b'abcde', b'ab!c', b'====', b'YQ==YQ==', b'YQ=', b'Y===',
            b'YWJj=', b'YQ=a', b'Y=Q=', b'YQ=\n=', b'Y Q==', b'YQ==\n', b'YWJj==', b'',
            'YQ==', 'é'):
    attempt(base64.b64decode, bad)
    attempt(base64.b64decode, bad, validate=True)
attempt(base64.b64decode, b'YQ==', altchars=b'-')
for bad in (b'MZXW6', b'mzxw6===', b'MZXW6YQ=', b'1', b'MZXW6Y==', b'========', b'M=======',
            b'MZ======'):
    attempt(base64.b32decode, bad)
for bad in (b'4', b'4g', b'zz', b'0G', b'ab'):
    attempt(base64.b16decode, bad)
for bad in (b'<~9jqo~>', b'z', b'~>x', b'{{{{{', b's8W-"', b'9jzqo', b'9jyqo', b'9jqo^BlbD-BleB1D'):
    attempt(base64.a85decode, bad)
attempt(base64.a85decode, b'9jqo^', adobe=True)
attempt(base64.a85decode, b'9jyqo', foldspaces=True)
for bad in (b'|NsC0', b'\x00', b'{{{{{', b'|NsC1', b'~~~~~'):
    attempt(base64.b85decode, bad)
for bad in (b'%nSc0', b'\x00', b'~', b'#####'):
    attempt(base64.z85decode, bad)
for bad in ('str', 42, None):
    attempt(base64.b64encode, bad)
    attempt(base64.b32encode, bad)
attempt(base64.b64decode, 42)
attempt(base64.encodebytes, 'text')
attempt(base64.encodebytes, memoryview(b'ab').cast('B', (1, 2)))
attempt(base64.decodebytes, [1])
