"""Writes the __text_signature__ facts of CPython's builtins (src/main/resources/org/ember/runtime/text-signatures.txt).

Run with the CPython whose signatures Ember reports, 3.14. Its WebAssembly build lacks some
platform functions (signals, threads, posix, time.sleep): those are taken from a CPython 3.13 run's output:
  PYENV_VERSION=3.13.0 python3.13 tools/gen-text-signatures.py > target/sigs313.txt
  /work/shared/tools/python3.14 tools/gen-text-signatures.py target/sigs313.txt > src/main/resources/org/ember/runtime/text-signatures.txt
(the 3.13 file must be readable from the WebAssembly sandbox: put it under the worktree, e.g. target/).

one line per builtin function, type or method with a signature, "KEY<TAB>SIGNATURE", where KEY is
  module.function              a module's builtin function (builtins.len, math.sqrt)
  module.Type                  a type's own signature (from its __text_signature__)
  module.Type.name             a method in the type's __dict__ (builtins.str.split)
  *.name                       a slot wrapper (wrapper_descriptor) with the same signature on every type
Backslashes and newlines inside a signature are written as \\\\ and \\n. Ember's BuiltinSignatures looks these up by the object's module, qualified type name and name.
"""
import sys, types, importlib

MODULES = ["builtins", "_codecs", "_collections", "_contextvars", "_functools", "_json", "_operator",
           "_random", "_struct", "_signal", "_thread", "_warnings", "_weakref", "array", "atexit",
           "binascii", "cmath", "errno", "gc", "itertools", "math", "posix", "time", "unicodedata",
           "zlib", "sys", "_imp", "_opcode", "_tokenize"]

PLATFORM_MODULES = ("_signal.", "_thread.", "posix.", "time.")

BUILTIN_KINDS = (types.BuiltinFunctionType, types.MethodDescriptorType, types.ClassMethodDescriptorType,
                 types.WrapperDescriptorType)

def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n")

def unescape(text):
    return text.encode("latin-1", "backslashreplace").decode("unicode_escape")

def signature(obj):
    try:
        return getattr(obj, "__text_signature__", None)
    except Exception:
        return None

def type_key(t):
    return f"{t.__module__}.{t.__qualname__}"

def collect_types(module, seen):
    found = []
    for value in vars(module).values():
        if isinstance(value, type) and value not in seen and not hasattr(value, "__code__"):
            seen.add(value); found.append(value)
    return found

def extra_builtin_types():
    samples = [iter([]), iter(()), iter(""), iter(b""), iter(bytearray()), iter({}), iter(set()), iter(range(1)),
               iter(range(1 << 70)), {}.keys(), {}.values(), {}.items(), iter({}.values()), iter({}.items()),
               reversed([]), reversed({}), reversed({}.values()), reversed({}.items()), iter(lambda: 0, 1),
               memoryview(b""), (x for x in ()), object.__init__, [].append, int.__add__, (1).__add__,
               types.SimpleNamespace(), types.MappingProxyType({}), sys.implementation, sys.flags,
               str.maketrans, ...]
    return [type(s) for s in samples] + [t for t in vars(types).values() if isinstance(t, type)]

def main():
    lines = {}
    slot_sigs = {}
    seen = set()
    all_types = []
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        for attr, value in vars(module).items():
            if isinstance(value, types.BuiltinFunctionType) and signature(value):
                lines[f"{name}.{attr}"] = signature(value)
        all_types += collect_types(module, seen)
    for t in extra_builtin_types():
        if t not in seen and t.__module__ in ("builtins", "types"):
            seen.add(t); all_types.append(t)
    for t in all_types:
        if signature(t):
            lines[type_key(t)] = signature(t)
        for attr, value in vars(t).items():
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if not isinstance(value, BUILTIN_KINDS):
                continue
            sig = signature(value)
            if isinstance(value, types.WrapperDescriptorType):
                slot_sigs.setdefault(attr, {})[type_key(t)] = sig
            elif sig:
                lines[f"{type_key(t)}.{attr}"] = sig
    for attr, by_type in slot_sigs.items():
        common = max(set(by_type.values()), key=list(by_type.values()).count)
        if common:
            lines[f"*.{attr}"] = common
        for key, sig in by_type.items():
            if sig != common:
                lines[f"{key}.{attr}"] = sig if sig else "-"
    if len(sys.argv) > 1:
        for line in open(sys.argv[1], encoding="utf-8"):
            key, _, sig = line.rstrip("\n").partition("\t")
            if key.startswith(PLATFORM_MODULES) and key not in lines:
                lines[key] = unescape(sig)
    print(f"# __text_signature__ of CPython {sys.version.split()[0]}'s builtins: tools/gen-text-signatures.py (KEY<TAB>SIGNATURE, '-' for none)")
    for key in sorted(lines):
        print(f"{key}\t{escape(lines[key])}")

main()
