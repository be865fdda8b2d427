# Randomized (fixed seed) patterns and names: translate() output and matching results.
import fnmatch
import random

rng = random.Random(99)
alphabet = "ab-]!^[*?\\.x"
names = ["".join(rng.choice("ab-]!^[*?\\.x") for _ in range(rng.randrange(0, 6))) for _ in range(40)]
for case in range(300):
    pattern = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 9)))
    matched = [name for name in names if fnmatch.fnmatchcase(name, pattern)]
    print(repr(pattern), repr(fnmatch.translate(pattern)), len(matched), matched[:5])
