# Generates float_reprs.txt: "<64-bit pattern in hex> <repr(float)> <hash(float)>" for random
# doubles (all exponent ranges, subnormals included), recorded with CPython 3.13.
# Run: PYENV_VERSION=3.13.0 python3.13 gen_float_reprs.py > float_reprs.txt
import random, struct, math
random.seed(5)
count = 0
while count < 3000:
    bits = random.getrandbits(64) if count % 3 else random.getrandbits(52) | (random.choice([0, 1, 2, 1022, 1023, 1075, 2046]) << 52)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isnan(x):
        continue
    print(format(bits, '016x'), repr(x), hash(x))
    count += 1
