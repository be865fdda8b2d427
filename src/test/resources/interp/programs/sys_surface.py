# sys: the parts whose values CPython 3.13 and Ember share, and the shapes of the rest
import sys

vi = sys.version_info
print(type(vi).__name__, type(vi).__module__, isinstance(vi, tuple), len(vi))
print(vi.major == vi[0] == 3, vi.minor == vi[1], vi[:2] >= (3, 13), vi > (3,), vi.releaselevel in ("alpha", "beta", "candidate", "final"))
print("repr starts:", repr(vi).startswith("sys.version_info(major=3, minor="))
major, minor, micro, level, serial = vi
print("unpacked:", major, type(minor).__name__, type(level).__name__)
print("fields:", vi.n_fields, vi.n_sequence_fields, vi.n_unnamed_fields, vi._fields if hasattr(vi, "_fields") else "no _fields")
print("hexversion:", sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF == vi.minor, sys.hexversion > 0x30D0000)
print("version string:", sys.version.startswith("%d.%d." % vi[:2]), type(sys.version).__name__)
print("implementation:", type(sys.implementation).__name__, sys.implementation.name in ("cpython", "ember"),
      sys.implementation.cache_tag.endswith(str(vi[0]) + str(vi[1])), type(sys.implementation.version).__name__)
print("maxsize:", sys.maxsize, sys.maxsize == 2**63 - 1)
print("maxunicode:", sys.maxunicode, "byteorder:", sys.byteorder, "platform:", sys.platform)
fi = sys.float_info
print("float_info:", fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(repr(fi))
ii = sys.int_info
print("int_info:", ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold)
hi = sys.hash_info
print("hash_info:", hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.hash_bits, hi.seed_bits, hi.cutoff)
print("hash inf:", hash(float("inf")) == hi.inf, hash(-float("inf")) == -hi.inf)
fl = sys.flags
print("flags:", type(fl).__name__, fl.debug, fl.inspect, fl.interactive, fl.optimize, fl.verbose, fl.quiet, fl.isolated,
      fl.dev_mode, fl.utf8_mode, fl.safe_path, fl.int_max_str_digits, fl.no_site == 0 or fl.no_site == 1)
print("lists:", type(sys.path).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__,
      type(sys.path_importer_cache).__name__, type(sys.warnoptions).__name__, type(sys.orig_argv).__name__)
print("argv:", sys.argv)
print("modules:", sys.modules["sys"] is sys, "builtins" in sys.modules, "__main__" in sys.modules)
print("builtin names:", "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print("strings:", type(sys.executable).__name__, type(sys.prefix).__name__, type(sys.base_prefix).__name__,
      type(sys.exec_prefix).__name__, type(sys.copyright).__name__, type(sys.api_version).__name__)
print("encodings:", sys.getdefaultencoding(), sys.getfilesystemencoding())
print("streams:", sys.stdin.readable(), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print("stdin type:", type(sys.stdin).__name__, sys.stdin.name, sys.stdin.encoding)
print("hooks:", sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print("recursion limit:", sys.getrecursionlimit())
sys.setrecursionlimit(500)
print("set:", sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)
print("switch interval:", sys.getswitchinterval())
sys.setswitchinterval(0.01)
print("set:", sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
print("finalizing:", sys.is_finalizing())
s = "".join(["inter", "ned"])
print("intern:", sys.intern(s) is sys.intern("interned"), sys.intern(s) == "interned")
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
print("trace:", sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print("after set:", sys.gettrace(), sys.getprofile())
events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith("my.") else None)
sys.audit("my.event", 1, "two")
print("audit:", events)
try:
    sys.audit(5)
except TypeError as e:
    print("TypeError:", e)
print("exception outside handler:", sys.exception(), sys.exc_info())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print("inside:", t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
print("after:", sys.exception())


class Sized:
    def __sizeof__(self):
        return 123


print("getsizeof:", sys.getsizeof(Sized()), sys.getsizeof(0) > 0, sys.getsizeof("abc") < sys.getsizeof("abcdef"),
      sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))


class Negative:
    def __sizeof__(self):
        return -1


try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)
print("_getframe is callable:", callable(sys._getframe))
try:
    sys.exit("message to stderr")
except SystemExit as e:
    print("SystemExit caught:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no code:", e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
# struct sequence types: version_info and flags cannot be made; the info types take an exact sequence
for n in ["version_info", "flags", "float_info", "int_info", "hash_info"]:
    t = type(getattr(sys, n))
    for arg in [(), ((1, 2),), (tuple(range(30)),), (tuple(range(len(getattr(sys, n)))),)]:
        try:
            r = t(*arg)
            print(n, "made", len(r), r[0], type(r).__name__, isinstance(r, tuple))
        except TypeError as e:
            print(n, "TypeError:", e)
print("readonly field:", end=" ")
try:
    sys.float_info.max = 1
except AttributeError as e:
    print("AttributeError")
print(sys.float_info[-1], sys.float_info[2:4], sys.version_info == tuple(sys.version_info))
