# Failed imports: messages, .name, and cleanup of sys.modules.
import sys
HERE = __file__.rsplit("/", 1)[0]


def attempt(code):
    try:
        exec_import(code)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace(HERE, "<dir>"), "| name =", getattr(e, "name", "-"))
    else:
        print("ok:", code)


def exec_import(code):
    kind, *rest = code.split()
    if kind == "import":
        __import__(rest[0])
    elif kind == "from":
        module = __import__(rest[0], fromlist=[rest[2]])
        getattr(module, rest[2])


attempt("import no_such_module")
attempt("import pkg.no_such")
attempt("import guarded.inner")
attempt("import pkg.helper.deeper")
try:
    from pkg import missing_name
except ImportError as e:
    print("ImportError:", str(e).replace(HERE, "<dir>"), e.name, e.name_from)
try:
    from sys import missing_name
except ImportError as e:
    print("ImportError:", e, e.name)
try:
    import broken
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "broken" in sys.modules)
try:
    import broken
except ZeroDivisionError as e:
    print("again ZeroDivisionError:", e)
try:
    import pkg.sub.leaf
except ImportError as e:
    print("ImportError:", e, "pkg.sub.leaf" in sys.modules, "pkg.sub.sibling" in sys.modules)
try:
    from . import guarded
except ImportError as e:
    print("ImportError:", e)
try:
    from .guarded import counter
except ImportError as e:
    print("ImportError:", e)
try:
    import cycle.bad
except ImportError as e:
    print("ImportError:", str(e).replace(HERE, "<dir>"))
try:
    import cycle.e
except ImportError as e:
    print("ImportError:", str(e).replace(HERE, "<dir>"), "cycle.e" in sys.modules, "cycle.c" in sys.modules)
try:
    import syntax_bad
except SyntaxError as e:
    print("SyntaxError:", e.args[0], "syntax_bad" in sys.modules)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__(42)
except TypeError as e:
    print("TypeError:", e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
