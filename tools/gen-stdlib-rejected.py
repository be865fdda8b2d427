"""Records which .py files of CPython 3.13's Lib CPython itself refuses to compile, and how:
src/test/resources/compiler/stdlib-rejected-3.13.txt, read by StdlibCompileTest (every other
file must compile; these must fail with the same exception type, message and line).

    PYENV_VERSION=3.13.0 python3.13 tools/gen-stdlib-rejected.py

One line per rejected file: RELATIVE_PATH<TAB>TYPE<TAB>LINENO<TAB>MESSAGE (sorted by path).
"""
import os
import sys
import sysconfig
import warnings

LIB = sysconfig.get_paths()["stdlib"]
OUT = os.path.join("src", "test", "resources", "compiler", "stdlib-rejected-3.13.txt")


def main():
    rows = []
    total = 0
    for root, dirs, files in os.walk(LIB):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            total += 1
            with open(path, "rb") as f:
                source = f.read()
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    compile(source, name, "exec", dont_inherit=True)
            except (SyntaxError, ValueError) as e:
                lineno = getattr(e, "lineno", None)
                message = e.msg if isinstance(e, SyntaxError) else str(e)
                rows.append("%s\t%s\t%s\t%s" % (os.path.relpath(path, LIB), type(e).__name__, lineno, message))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(rows)) + "\n")
    print("%d files, %d rejected" % (total, len(rows)), file=sys.stderr)


main()
