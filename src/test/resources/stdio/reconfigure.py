# sys.stdout.reconfigure, closed streams, wrong argument types.
import sys
sys.stdout.reconfigure(encoding="UTF8")
print(sys.stdout.encoding, sys.stdout.errors)
for bad in [dict(encoding="no-such-codec"), dict(newline="x"), dict(newline=5)]:
    try:
        sys.stdout.reconfigure(**bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: sys.stdout.read(), lambda: sys.stdout.reconfigure(1), lambda: sys.stdout.write(b"x"),
             lambda: sys.stdout.buffer.write("x"), lambda: sys.stdout.tell()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, type(e).__module__, e)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.reconfigure(encoding="latin-1", errors="replace")
print(sys.stdout.encoding, sys.stdout.errors, "\xe9\u20ac")
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
try:
    print("\udcff")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
sys.stdout.reconfigure(newline="\r\n")
print("crlf")
sys.stdout.reconfigure(newline="\n")
print(sys.stdout.readable(), sys.stdout.writable(), sys.stdout.buffer.writable(), sys.stdout.closed)
sys.stdout.flush()
sys.stdout.close()
try:
    print("closed")
except ValueError as e:
    sys.stderr.write(f"ValueError {e}\n")
