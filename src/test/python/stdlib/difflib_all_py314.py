# difflib: SequenceMatcher (blocks, opcodes, ratios, junk, autojunk), ndiff with '?' hints,
# unified/context diffs, get_close_matches and restore, on fixed and random inputs.
import difflib
import random

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.find_longest_match(0, 5, 0, 4), s.get_matching_blocks(), s.get_opcodes(), s.ratio(),
      s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes(), s.find_longest_match())
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
print(list(difflib.SequenceMatcher(None, 'a' * 300 + 'b', 'a' * 250 + 'c').get_opcodes()))
print(list(difflib.SequenceMatcher(None, 'a' * 300 + 'b', 'a' * 250 + 'c',
                                   autojunk=False).get_opcodes()))
print(list(difflib.SequenceMatcher(None, list(range(50)), list(range(10, 60))).get_grouped_opcodes(2)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']),
      difflib.get_close_matches('wheel', ['while', 'wheat', 'whale'], n=2, cutoff=0.5))
for args in (('x', [], 0), ('x', [], 3, 1.5)):
    try:
        difflib.get_close_matches(*args)
    except ValueError as err:
        print('ValueError:', err)

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
b = ['one\n', 'tree\n', 'emu\n', 'four\n', 'fivE\n', 'six\n']
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.restore(difflib.ndiff(a, b), 2)) == ''.join(b))
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', 'then', 'now')), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='', n=0)))
print(list(difflib.unified_diff([], [])), list(difflib.context_diff(['a'], ['a'])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'f', b'g')))
print(list(difflib.ndiff(['\tabc def\n'], ['\tabd  def\n'])))
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['jkl\n'])))
print(difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_CHARACTER_JUNK(' '),
      difflib.IS_CHARACTER_JUNK('x'))
try:
    list(difflib.restore([], 3))
except ValueError as err:
    print('ValueError:', err)
try:
    list(difflib.unified_diff([b'a'], ['b']))
except TypeError as err:
    print('TypeError:', err)

rng = random.Random(99)
words = ['alpha', 'beta', 'gamma', 'delta', 'alpha beta', 'gamma  delta', '', '#', 'x',
         'alphabet', 'bet', 'gam ma']
for trial in range(150):
    a = [rng.choice(words) + '\n' for _ in range(rng.randrange(7))]
    b = [rng.choice(words) + '\n' for _ in range(rng.randrange(7))]
    if trial % 3 == 0:
        b = [line[:rng.randrange(len(line) + 1)] + rng.choice('xyz ') + '\n' for line in a]
    print(trial, list(difflib.ndiff(a, b)))
    print(trial, list(difflib.unified_diff(a, b, n=rng.randrange(3))))
    text_a = ''.join(rng.choice('abc ') for _ in range(rng.randrange(30)))
    text_b = ''.join(rng.choice('abcd ') for _ in range(rng.randrange(30)))
    matcher = difflib.SequenceMatcher(rng.choice([None, lambda ch: ch == ' ']), text_a, text_b)
    print(trial, matcher.get_opcodes(), matcher.ratio())
