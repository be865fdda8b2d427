"""Runs every recorded flowgraph case's source under CPython and writes what it observably did:
printed output, then the module's globals in a canonical form (sets sorted, since str hashing
differs), then the uncaught exception if any. Ember's RecordedRunTest compares with this.

    /work/shared/tools/python3.14 tools/gen-interp-expect.py \
        < src/test/resources/compiler/flowgraph-cases-3.14.txt > src/test/resources/interp/run-expect-3.14.txt
"""
import io
import sys
import types

# Argument batteries each function of a case is called with (positional, as many as it requires).
BATTERIES = {
    "ints": lambda n: tuple(range(1, n + 1)),
    "zeros": lambda n: (0,) * n,
    "lists": lambda n: tuple([3, 1, 2] for _ in range(n)),
    "strs": lambda n: tuple("ab" for _ in range(n)),
}


def canon(v):
    t = type(v)
    if t in (set, frozenset):
        inner = ", ".join(sorted(canon(x) for x in v))
        return ("set(" if t is set else "frozenset(") + "{" + inner + "})"
    if t is list:
        return "[" + ", ".join(canon(x) for x in v) + "]"
    if t is tuple:
        if len(v) == 1:
            return "(" + canon(v[0]) + ",)"
        return "(" + ", ".join(canon(x) for x in v) + ")"
    if t is dict:
        return "{" + ", ".join(canon(k) + ": " + canon(x) for k, x in v.items()) + "}"
    if t in (int, float, str, bool, type(None), range, complex, bytes):
        return repr(v)
    return "<" + t.__name__ + ">"


def run(name, source):
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    # no file, console or exec access from the snippets (open(1) would close stdout)
    safe = {k: v for k, v in __import__("builtins").__dict__.items()
            if k not in ("open", "input", "exec", "eval", "exit", "quit", "breakpoint", "help", "compile")}
    g = {"__name__": "__main__", "__builtins__": safe}
    error = None
    try:
        exec(compile(source, "<case>", "exec"), g)
    except BaseException as e:  # noqa: BLE001 - every outcome is data
        error = type(e).__name__ + ": " + str(e)
    finally:
        sys.stdout = saved
    print("case " + name)
    for line in out.getvalue().split("\n")[:-1] if out.getvalue() else []:
        print("out " + line)
    for key in sorted(g):
        if key.startswith("__"):
            continue
        print("global " + key + " = " + canon(g[key]))
    if error is not None:
        print("error " + error.replace("\n", "\\n"))
    else:
        for key in sorted(g):
            f = g[key]
            if type(f) is types.FunctionType and not key.startswith("__"):
                probe(key, f)
    print("end")


def probe(key, f):
    code = f.__code__
    required = code.co_argcount - len(f.__defaults__ or ())
    if code.co_kwonlyargcount and len(f.__kwdefaults__ or {}) < code.co_kwonlyargcount:
        return
    for battery, make in BATTERIES.items():
        out = io.StringIO()
        saved = sys.stdout
        sys.stdout = out
        try:
            result = f(*make(required))
            if type(result) is types.GeneratorType:
                items = []
                for item in result:
                    items.append(item)
                    if len(items) >= 20:
                        break
                shown = "gen " + canon(items)
            elif type(result) is types.CoroutineType:
                result.close()
                shown = "<coroutine>"
            else:
                shown = canon(result)
        except BaseException as e:  # noqa: BLE001
            shown = "!" + type(e).__name__ + ": " + str(e)
        finally:
            sys.stdout = saved
        for line in out.getvalue().split("\n")[:-1] if out.getvalue() else []:
            print("out " + line)
        print("call " + key + " " + battery + " " + shown.replace("\n", "\\n"))


def main():
    sys.argv = ["<case>"]
    name = None
    for line in sys.stdin.read().split("\n"):
        if line.startswith("case "):
            name = line[5:]
        elif line.startswith("source s"):
            source = bytes.fromhex(line[len("source s"):-1]).decode("utf-8")
            run(name, source)


main()
