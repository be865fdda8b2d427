"""Print, for every code object CPython 3.14 compiles from a file, the variable lists the code
generator takes from the symbol table: parameters (co_varnames prefix), co_cellvars, co_freevars.

Usage: python3.14 tools/dump-code-vars.py --write DIR   (writes DIR/*.vars for every DIR/*.py)

One line per code object, "name | params | cells | frees", sorted; Ember's test checks that each
line is produced by one of its symbol-table blocks.
"""
import os
import sys


def walk(code, out):
    nparams = code.co_argcount + code.co_kwonlyargcount
    nparams += bool(code.co_flags & 0x04) + bool(code.co_flags & 0x08)  # *args, **kwargs
    params = " ".join(code.co_varnames[:nparams])
    out.append(f"{code.co_name} | {params} | {' '.join(code.co_cellvars)} | {' '.join(code.co_freevars)}")
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            walk(const, out)


def dump(source, name):
    try:
        code = compile(source, name, "exec")
    except SyntaxError as e:
        return f"SyntaxError: {e.msg}\n"
    out = []
    walk(code, out)
    return "\n".join(sorted(out)) + "\n"


def main(args):
    directory = args[1]
    for name in sorted(os.listdir(directory)):
        if name.endswith(".py"):
            with open(os.path.join(directory, name), "rb") as f:
                source = f.read()
            with open(os.path.join(directory, name[:-3] + ".vars"), "w", encoding="utf-8") as f:
                f.write(dump(source, name))


if __name__ == "__main__":
    main(sys.argv[1:])
