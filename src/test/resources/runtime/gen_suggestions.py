# Generates suggestions.txt: "<wrong> <candidate> <max_cost> <distance>" from CPython 3.13's
# traceback._levenshtein_distance (the Python twin of Python/suggestions.c), on random names.
# Run: PYENV_VERSION=3.13.0 python3.13 gen_suggestions.py > suggestions.txt
import random, traceback
random.seed(11)
letters = 'abcdeABCDE_xyz'
def word():
    return ''.join(random.choice(letters) for _ in range(random.randint(1, 12)))
for _ in range(400):
    a = word()
    b = random.choice([word(), a.upper(), a[1:] + 'x', a[:-1], a + a[:2], a.swapcase()[::-1]]) or 'q'
    limit = random.randint(0, 20)
    print(a, b, limit, traceback._levenshtein_distance(a, b, limit))
