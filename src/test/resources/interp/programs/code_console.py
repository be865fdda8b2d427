# code.InteractiveConsole fed line by line (as the REPL feeds it): complete, unfinished and
# invalid commands, runtime errors, and interact() with a scripted reader.
import code
import io
import sys

errors = io.StringIO()


class Console(code.InteractiveConsole):
    def write(self, data):
        errors.write(data)


console = Console({"__name__": "__console__"})
lines = ["x = 6", "x * 7", "def f(n):", "    return n + 1", "", "f(x)", "if x:", "  print('yes')",
         "", "1 2", "print(undefined)", "for i in range(2):", "    print(i)", "", "'''multi",
         "line'''", "raise ValueError('boom')", "1/0", "print('done')"]
for line in lines:
    more = console.push(line)
    print(repr(line), "->", more)
print(console.locals["x"], sorted(k for k in console.locals if not k.startswith("__")))
print("--- errors")
print(errors.getvalue().replace(sys.version, "VERSION"))

interp = code.InteractiveInterpreter()
print(interp.locals == {"__name__": "__console__", "__doc__": None})
print(interp.runsource("a = 1"), interp.runsource("if a:"), interp.runsource("a b"))
print(interp.locals["a"])

print("--- interact")
script = iter(["y = 2", "if y:", "    print('y is', y)", "", "raise SystemExit"])


def reader(prompt):
    print("[prompt %r]" % prompt)
    try:
        return next(script)
    except StopIteration:
        raise EOFError


saved_stderr = sys.stderr
sys.stderr = io.StringIO()
try:
    code.interact(banner="hello", readfunc=reader, local={}, exitmsg="bye", local_exit=True)
    shown = sys.stderr.getvalue()
finally:
    sys.stderr = saved_stderr
print(shown)
print(code.__all__)
