# sys.stdin and sys.stdin.buffer: lines, sizes, undecodable bytes, input(), the end.
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.read(5)))
print(ascii(sys.stdin.readline()))
print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.read(3), sys.stdin.buffer.read1(0))
print(list(sys.stdin.buffer))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.buffer.read())
try:
    input()
except EOFError as e:
    print("EOFError", e)
