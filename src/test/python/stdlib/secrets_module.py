# secrets: sizes and alphabets of tokens, ranges, errors (values are random: print properties).
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)))
h = secrets.token_hex(7)
print(len(h), set(h) <= set(string.hexdigits.lower()), len(secrets.token_hex()))
u = secrets.token_urlsafe(9)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + "-_"), "=" in secrets.token_urlsafe(10))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), len({secrets.randbelow(3) for _ in range(200)}))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice("abc") in "abc", secrets.compare_digest(b"x", b"x"), secrets.compare_digest("a", "b"))
for bad in (0, -3):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError", e)
print(secrets.DEFAULT_ENTROPY, isinstance(secrets.SystemRandom(), secrets.SystemRandom), sorted(secrets.__all__))
