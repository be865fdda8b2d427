"""Random group-heavy patterns (nested groups, alternation, repeats, back-references,
conditionals, look-arounds) over short subjects from {a, b, c}, with CPython 3.13's outcome:
catches differences in which captures survive backtracking. Same line format as
gen-re-cases.py.

    PYENV_VERSION=3.13.0 python3.13 tools/gen-re-fuzz-groups.py > src/test/resources/re/fuzz-groups.txt
"""
import os
import random
import sys
import warnings

warnings.simplefilter("ignore")
source_path = os.path.join(os.path.dirname(__file__), "gen-re-cases.py")
source = open(source_path, encoding="utf-8").read().rsplit("\nmain()", 1)[0]
namespace = {"__name__": "gen_re_cases"}
exec(compile(source, source_path, "exec"), namespace)
esc, outcome = namespace["esc"], namespace["outcome"]

QUANTIFIERS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{1,2}", "{0,2}?", "{2}", "*+", "?+"]


def atom(rng, depth, groups):
    r = rng.random()
    if depth > 2 or r < 0.45:
        return rng.choice(["a", "b", "c", ".", "[ab]", "[^a]", "a|b", ""]) if r < 0.4 else rng.choice("abc")
    if r < 0.6:
        groups[0] += 1
        return "(" + seq(rng, depth + 1, groups) + ")"
    if r < 0.7:
        return "(?:" + seq(rng, depth + 1, groups) + "|" + seq(rng, depth + 1, groups) + ")"
    if r < 0.78 and groups[0]:
        return "\\%d" % rng.randint(1, groups[0])
    if r < 0.84 and groups[0]:
        return "(?(%d)%s|%s)" % (rng.randint(1, groups[0]), seq(rng, depth + 1, groups), seq(rng, depth + 1, groups))
    if r < 0.9:
        return "(?" + rng.choice(["=", "!"]) + seq(rng, depth + 1, groups) + ")"
    if r < 0.95:
        return "(?>" + seq(rng, depth + 1, groups) + ")"
    groups[0] += 1
    return "(" + seq(rng, depth + 1, groups) + "|" + seq(rng, depth + 1, groups) + ")"


def seq(rng, depth, groups):
    parts = []
    for _ in range(rng.randint(1, 3)):
        a = atom(rng, depth, groups)
        if a and not a.startswith("\\") and not a.startswith("(?=") and not a.startswith("(?!"):
            a = a if len(a) == 1 or a.startswith("(") or a.startswith("[") else "(?:" + a + ")"
            a += rng.choice(QUANTIFIERS)
        parts.append(a)
    return "".join(parts)


def main():
    rng = random.Random(314)
    lines = []
    seen = set()
    while len(lines) < 2500:
        pattern = seq(rng, 0, [0])
        subject = "".join(rng.choice("abc") for _ in range(rng.randint(0, 7)))
        mode = rng.choice("smfi")
        key = (pattern, subject, mode)
        if key in seen:
            continue
        seen.add(key)
        result = outcome(mode, pattern, 0, subject)
        if result.startswith("E") and rng.random() < 0.9:
            continue
        lines.append("%s\t0\t%s\t%s\t%s" % (mode, esc(pattern), esc(subject), result))
    sys.stdout.write("\n".join(lines) + "\n")


main()
