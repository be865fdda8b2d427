"""Writes the syntax-error catalog: one small program per common CPython error message, with what
CPython prints to stderr when it runs it (recorded once and committed; tests never run CPython).

Ember implements Python 3.14, so where 3.14's message differs from 3.13's, 3.14 wins. The 3.14 we
have is a WebAssembly build that cannot run subprocesses, so the difference is found by compiling
every case in one process under each version (traceback.format_exception_only, which is what the
script runner prints) and, where the two versions disagree, taking 3.14's text.

Run:  PYENV_VERSION=3.13.0 python3.13 tools/gen-syntax-error-catalog.py
Writes src/test/resources/syntax_errors/NAME.py and NAME.expected (stderr with the directory
replaced by <DIR>, then a last line 'exit: N').
"""
import os, subprocess, sys

CASES = {
    # brackets and EOF
    "never_closed_paren": "x = (1,\n",
    "never_closed_bracket": "values = [1, 2\nprint(values)\n",
    "never_closed_brace": "d = {'a': 1\n",
    "unmatched_paren": "x = 1)\n",
    "mismatched_bracket": "x = (1, 2]\n",
    "mismatched_bracket_lines": "x = (1,\n2]\n",
    "unexpected_eof_in_def": "def f(x):\n",
    # strings and numbers
    "unterminated_string": "s = 'abc\n",
    "unterminated_triple": "s = '''abc\n\nmore\n",
    "invalid_decimal_literal": "x = 1abc\n",
    "invalid_hex_literal": "x = 0xZ1\n",
    "invalid_octal_digit": "x = 0o78\n",
    "invalid_binary_digit": "x = 0b102\n",
    "leading_zeros": "x = 0123\n",
    "invalid_imaginary": "x = 1_j\n",
    "bytes_non_ascii": "b = b'caf\u00e9'\n",
    "mix_bytes_str": "x = b'a' 'b'\n",
    # indentation
    "unexpected_indent": "x = 1\n    y = 2\n",
    "expected_indent_if": "if True:\nx = 1\n",
    "expected_indent_def": "def f():\nreturn 1\n",
    "expected_indent_for": "for i in range(3):\nprint(i)\n",
    "expected_indent_class": "class A:\npass\n",
    "unindent_mismatch": "if True:\n        x = 1\n    y = 2\n",
    "tab_error": "if True:\n\tx = 1\n        y = 2\n",
    # assignment targets
    "assign_to_call": "f() = 1\n",
    "assign_to_literal": "1 = x\n",
    "assign_to_keyword_none": "None = 1\n",
    "assign_to_expression": "a + b = 1\n",
    "augassign_to_literal": "'a' += 1\n",
    "assign_to_comparison_hint": "if x = 1:\n    pass\n",
    "walrus_to_attribute": "(a.b := 1)\n",
    "del_literal": "del 1\n",
    "for_target_call": "for f() in x:\n    pass\n",
    "assign_to_lambda": "lambda: 1 = 1\n",
    "assign_to_yield": "def f():\n    (yield) = 1\n",
    "star_assign_alone": "*a = 1\n",
    "multiple_starred": "*a, *b = c\n",
    # expected tokens
    "missing_colon_if": "if x\n    pass\n",
    "missing_colon_def": "def f()\n    pass\n",
    "missing_colon_class": "class A\n    pass\n",
    "missing_colon_while": "while True\n    pass\n",
    "missing_comma": "x = [1 2]\n",
    "missing_comma_call": "print('a' 'b' c)\n",
    "print_statement": "print 'hello'\n",
    "else_without_if": "else:\n    pass\n",
    "elif_after_else": "if a:\n    pass\nelse:\n    pass\nelif b:\n    pass\n",
    "try_without_except": "try:\n    pass\nx = 1\n",
    "except_star_bare": "try:\n    pass\nexcept*:\n    pass\n",
    "invalid_syntax_generic": "x = = 1\n",
    "keyword_as_identifier": "class = 1\n",
    "import_from_wrong_order": "import a from b\n",
    "trailing_comma_import": "from a import b,\n",
    # functions and arguments
    "non_default_after_default": "def f(a=1, b):\n    pass\n",
    "duplicate_star": "def f(*a, *b):\n    pass\n",
    "star_without_name": "def f(*):\n    pass\n",
    "kwarg_after_kwargs": "def f(**k, a):\n    pass\n",
    "positional_after_keyword": "f(a=1, 2)\n",
    "keyword_expression": "f(a.b=1)\n",
    "generator_not_sole_arg": "f(x for x in y, 1)\n",
    "lambda_default_order": "lambda a=1, b: 0\n",
    "return_outside_function": "return 1\n",
    "yield_outside_function": "yield 1\n",
    "await_outside_async": "def f():\n    await x\n",
    "break_outside_loop": "break\n",
    "continue_outside_loop": "continue\n",
    "nonlocal_at_module": "nonlocal x\n",
    "global_after_use": "def f():\n    x = 1\n    global x\n",
    "duplicate_argument": "def f(a, a):\n    pass\n",
    # comprehensions, starred, misc expressions
    "unparenthesized_tuple_comp": "[x, y for x, y in z]\n",
    "dict_unpack_in_comp": "{**x for x in y}\n",
    "starred_in_comp": "[*x for x in y]\n",
    "starred_expression_alone": "x = *a\n",
    "fstring_empty_expression": "f'{}'\n",
    "fstring_single_brace": "f'}'\n",
    "fstring_expecting_brace": "f'{a'\n",
    "fstring_backslash_ok_but_bad_conversion": "f'{a!x}'\n",
    "invalid_character": "x = 1 \u20ac 2\n",
    "nonprintable_character": "x = 1\u00a0+ 2\n",
    "line_continuation_char": "x = 1 \\ 2\n",
    "match_no_cases": "match x:\n    pass\n",
    "case_missing_colon": "match x:\n    case 1\n        pass\n",
    "future_import_late": "x = 1\nfrom __future__ import annotations\n",
    "future_unknown": "from __future__ import braces\n",
    "too_many_nested_parens": "x = " + "(" * 201 + ")" * 201 + "\n",
    "lambda_starred_default": "lambda *a=1: 0\n",
    "named_expression_unparenthesized": "x := 1\n",
    "with_missing_colon": "with open(f) as g\n    pass\n",
    "assert_tuple_paren_ok_but_assign": "assert x = 1\n",
}

def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "syntax_errors")
    root = os.path.normpath(root)
    os.makedirs(root, exist_ok=True)
    for name, source in CASES.items():
        path = os.path.join(root, name + ".py")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(source)
        run = subprocess.run([sys.executable, path], capture_output=True, text=True, encoding="utf-8")
        if run.returncode == 0:
            raise SystemExit(f"{name}: CPython accepted it; not a syntax error case")
        err = run.stderr.replace(root + os.sep, "<DIR>/")
        with open(os.path.join(root, name + ".expected"), "w", encoding="utf-8", newline="") as f:
            f.write(err + f"exit: {run.returncode}\n")
    overlay_python314_differences(root)
    print(f"{len(CASES)} cases written to {root}")


BATCH = r"""
import os, sys, traceback
root = sys.argv[1]
for name in sorted(os.listdir(root)):
    if not name.endswith('.py'):
        continue
    path = os.path.join(root, name)
    with open(path, 'rb') as f:
        source = f.read()
    try:
        compile(source, path, 'exec')
        text = 'NO ERROR\n'
    except SyntaxError as e:
        text = ''.join(traceback.format_exception_only(e))
    sys.stdout.write('@@@ ' + name[:-3] + '\n' + text.replace(root + os.sep, '<DIR>/'))
"""


def batch_outputs(command, root):
    script = os.path.join(root, "..", "batch-syntax-errors.tmp.py")
    with open(script, "w", encoding="utf-8") as f:
        f.write(BATCH)
    try:
        out = subprocess.run(command + [script, root], capture_output=True, text=True, encoding="utf-8", check=True).stdout
    finally:
        os.remove(script)
    return dict(part.split("\n", 1) for part in out.split("@@@ ")[1:])


def overlay_python314_differences(root):
    py314 = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools", "python3.14")
    if not os.path.exists(py314):
        raise SystemExit("needs ../shared/tools/python3.14 to record 3.14's messages")
    old, new = batch_outputs([sys.executable], root), batch_outputs([py314], root)
    for name, text in new.items():
        if text != old[name]:
            with open(os.path.join(root, name + ".expected"), "w", encoding="utf-8", newline="") as f:
                f.write(text + "exit: 1\n")
            print(f"{name}: 3.14 differs from 3.13; recorded 3.14's text")
    for name in RUNNER_DIFFERS:
        run_script_under_314(py314, root, name)


# Cases where 3.14's script runner prints differently from 3.13's although compile() raises the
# same error in both (3.13's file reader lost the offset at EOF, so it printed no caret). For these
# the whole stderr of `python3.14 NAME.py` is recorded (one wasm start each, so keep it short).
RUNNER_DIFFERS = ["unexpected_eof_in_def"]


def run_script_under_314(py314, root, name):
    path = os.path.abspath(os.path.join(root, name + ".py"))
    result = subprocess.run([py314, path], capture_output=True, text=True, encoding="utf-8")
    text = result.stderr.replace(os.path.dirname(path), "<DIR>")
    with open(os.path.join(root, name + ".expected"), "w", encoding="utf-8", newline="") as f:
        f.write(text + f"exit: {result.returncode}\n")
    print(f"{name}: recorded 3.14's script-runner output")

main()
