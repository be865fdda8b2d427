# The order of text, bytes and stderr writes reaching the descriptors, and the buffering
# attributes, with and without -u (stdout and stderr both go to one pipe).
import sys
print("text 1")
sys.stdout.buffer.write(b"bytes 1\n")
sys.stderr.write("err 1\n")
print("text 2", flush=True)
sys.stdout.buffer.write(b"bytes 2\n")
sys.stdout.buffer.flush()
print("line_buffering", sys.stdout.line_buffering, sys.stderr.line_buffering)
print("write_through", sys.stdout.write_through, sys.stderr.write_through)
print("buffer", sys.stdout.buffer, sys.stderr.buffer)
print("tty/seekable", sys.stdout.isatty(), sys.stdout.seekable(), sys.stdin.isatty())
print("errors", sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)
print(repr(sys.stdout), repr(sys.stdin), sys.stdin.buffer, sys.stdout.fileno(), sys.stderr.fileno())
sys.stderr.write("err 2\n")
print("\udcff|")
print("end")
