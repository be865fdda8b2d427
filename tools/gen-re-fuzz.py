"""Random patterns and subjects, with what CPython 3.13 makes of them: a differential fuzz
frozen into data for ReCasesTest (same line format as gen-re-cases.py).

    PYENV_VERSION=3.13.0 python3.13 tools/gen-re-fuzz.py > src/test/resources/re/fuzz.txt
"""
import importlib.util
import os
import random
import sys
import warnings

warnings.simplefilter("ignore")

spec = importlib.util.spec_from_file_location(
    "gen_re_cases", os.path.join(os.path.dirname(__file__), "gen-re-cases.py"))
# reuse esc() and outcome() without running main(): load the source and cut main() off
source = open(spec.origin, encoding="utf-8").read().rsplit("\nmain()", 1)[0]
namespace = {"__name__": "gen_re_cases"}
exec(compile(source, spec.origin, "exec"), namespace)
esc, outcome = namespace["esc"], namespace["outcome"]

PIECES = [
    "a", "b", "c", "ab", ".", "^", "$", "\\b", "\\B", "\\d", "\\w", "\\s", "\\W", "\\A", "\\Z",
    "*", "+", "?", "*?", "+?", "??", "*+", "++", "{2}", "{1,2}", "{,2}", "{2,}?", "{", "}",
    "(", ")", "(?:", "(?P<n>", "(?P=n)", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?i)", "(?i:",
    "(?-i:", "(?s:", "(?m)", "(?x)", "(?a)", "(?#c)", "(?(1)", "(?(n)", "|", "[", "]", "[^",
    "-", "\\1", "\\2", "\\", "\\x4", "\\x41", "\\n", "\\0", "\\q", " ", "#", "\u00e9", "K",
    "\u212a", "(?P<m>", "\\g", "(a)", "(a|b)", "[a-c]", "[^ab]", "(?P<n>a)", "a{0}", "x*",
]
SUBJECTS = ["", "a", "ab", "abc", "aab", "ba", "a b", "A", "aaa", "abab", "\u00e9K", "a\nb",
            "cab\n", "x1 y2", "bbb", "(a)", "kK\u212a"]


def main():
    rng = random.Random(2026)
    seen = set()
    lines = []
    while len(lines) < 3000:
        pattern = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
        flags = rng.choice([0, 0, 0, 2, 8, 16, 64, 256])
        subject = rng.choice(SUBJECTS)
        mode = rng.choice("ssmfi")
        key = (pattern, flags, subject, mode)
        if key in seen:
            continue
        seen.add(key)
        result = outcome(mode, pattern, flags, subject)
        if result.startswith("E") and rng.random() < 0.85:
            continue  # most random patterns are invalid: keep a fraction of those
        lines.append("%s\t%d\t%s\t%s\t%s" % (mode, flags, esc(pattern), esc(subject), result))
    sys.stdout.write("\n".join(lines) + "\n")


main()
