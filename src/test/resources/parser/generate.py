"""Regenerates the expected outputs of the parser tests (run by hand, never by the tests).

    PYENV_VERSION=3.13.0 python3.13 src/test/resources/parser/generate.py

For every ast/NAME.py: ast/NAME.dump = ast.dump(ast.parse(source), include_attributes=True, indent=1).
For every line of errors/cases.txt (errors/cases_314.txt with 3.14) (a Python string literal holding one snippet): the SyntaxError
fields, tab-separated, in errors/expected.txt.
Files named *_314.py need CPython 3.14 (t-strings): run this script with 3.14 for them.
"""
import ast
import os
import sys
import warnings

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
want_314 = sys.version_info >= (3, 14)

astdir = os.path.join(here, "ast")
for name in sorted(os.listdir(astdir)):
    if not name.endswith(".py") or name.endswith("_314.py") != want_314:
        continue
    with open(os.path.join(astdir, name), "rb") as f:
        source = f.read()
    tree = ast.parse(source)
    with open(os.path.join(astdir, name[:-3] + ".dump"), "w", encoding="utf-8") as out:
        out.write(ast.dump(tree, include_attributes=True, indent=1))
        out.write("\n")

suffix = "_314" if want_314 else ""
if True:
    cases = os.path.join(here, "errors", "cases" + suffix + ".txt")
    lines = []
    with open(cases, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            src = ast.literal_eval(line.strip())
            try:
                compile(src, "<case>", "exec", flags=ast.PyCF_ONLY_AST)
                raise SystemExit("not an error: " + line)
            except SyntaxError as e:
                kind = type(e).__name__
                lines.append("\t".join([line.strip(), kind, repr(e.msg), str(e.lineno), str(e.offset),
                                        str(e.end_lineno), str(e.end_offset)]))
    with open(os.path.join(here, "errors", "expected" + suffix + ".txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")

if not want_314:
    results = []
    with open(os.path.join(here, "modes", "cases.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            mode, literal = line.rstrip("\n").split("\t")
            src = ast.literal_eval(literal)
            try:
                tree = ast.parse(src, mode=mode.replace("+tc", ""), type_comments=mode.endswith("+tc"))
                results.append(ast.dump(tree, include_attributes=True))
            except SyntaxError as e:
                results.append("\t".join([type(e).__name__, e.msg, str(e.lineno), str(e.offset),
                                          str(e.end_lineno), str(e.end_offset)]))
    with open(os.path.join(here, "modes", "expected.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(results) + "\n")
