# The warnings module: actions, registries, stacklevel, records, hooks.
import sys
import warnings


def emit(text, category=UserWarning):
    warnings.warn(text, category)


def helper():
    warnings.warn("blame the caller", stacklevel=2)


print("default filters:", [(f[0], f[2].__name__, f[3]) for f in warnings.filters])

# default: once per location
for i in range(3):
    warnings.warn("repeated at one place")
helper()
warnings.warn("deprecated in __main__", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn(RuntimeWarning("an instance"))
print("registry keys:", sorted(str(k) for k in __warningregistry__ if k != "version"))

# always
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")

# once: one per text and category, wherever
warnings.simplefilter("once")
warnings.warn("only once")
emit("only once")
emit("only once", RuntimeWarning)

# module: once per module
warnings.resetwarnings()
warnings.simplefilter("module")
warnings.warn("per module")
emit("per module")

# ignore, then error
warnings.simplefilter("ignore")
warnings.warn("silent")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", type(e).__name__, e)
warnings.warn("still ignored", UserWarning)

# category checks
for bad in (int, "x", ValueError):
    try:
        warnings.warn("m", bad)
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", 5),
             lambda: warnings.filterwarnings("ignore", category=int), lambda: warnings.simplefilter("ignore", lineno=-1),
             lambda: warnings.filterwarnings("ignore", module=b"x"), lambda: warnings.simplefilter("ignore", lineno="1")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# catch_warnings(record=True) restores the filters
before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    helper()
    warnings.warn("third", FutureWarning)
print(len(log), [(w.category.__name__, str(w.message), w.lineno) for w in log])
print(log[0].filename.endswith("warnings_actions.py"), log[0].file, log[0].line)
print(str(log[2]).replace(log[2].filename, "FILE"))
print("filters restored:", warnings.filters == before)

with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("error inside")
    except UserWarning as e:
        print("inside:", e)

# formatwarning and a replaced showwarning
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 12, "  the line  ")))
shown = []


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("to my hook")
print(shown)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = lambda m, c, f, l, line=None: "CUSTOM %s %s\n" % (c.__name__, m)
    warnings.warn("custom format")
warnings.formatwarning = warnings._formatwarning_orig

# warn_explicit with a registry
reg = {}
warnings.simplefilter("default")
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 7, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 7, registry=reg)
print(sorted(str(k) for k in reg))


# the deprecated decorator
@warnings.deprecated("use g instead")
def old(x):
    return x * 2


warnings.simplefilter("always")
print(old(21), old.__deprecated__)


@warnings.deprecated("class is old", category=FutureWarning)
class Old:
    pass


Old()
sys.stderr.flush()
print("done")
