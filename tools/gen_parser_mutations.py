"""Differential regression data for the parser (run by hand, never by the tests):

    /work/shared/tools/python3.14 tools/gen_parser_mutations.py src/test/resources/parser/ast OUT SEED COUNT

(recorded with CPython 3.14, the language Ember implements; the committed file used SEED 1, COUNT 5000)

Takes windows of a few lines from the AST corpus programs, applies 1-3 random edits (delete a
character, insert a fragment, delete a run, swap two characters) and records CPython's outcome:
"OK" with the SHA-256 of ast.dump(tree, include_attributes=True, indent=1), or the SyntaxError's
class, message and positions. ParserMutationTest replays the file.
"""
import ast, os, random, sys, warnings, hashlib
warnings.simplefilter("ignore")
FRAG = ["(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ":=", "*", "**", "->", ".", "...",
        "@", "\n", "\n    ", "'", '"', "f'", "f'{", "}'", "!r", "#", "lambda", "if", "else", "for", "in",
        "not", "is", "async", "await", "yield", "match", "case", "_", "def", "class", "return",
        "import", "from", "as", "with", "try", "except", "finally", "del", "global", "1", "2j", " "]
corpus = sys.argv[1]
progs = [open(os.path.join(corpus, f), encoding='utf-8').read() for f in sorted(os.listdir(corpus)) if f.endswith('.py') and not f.endswith('_314.py')]
rnd = random.Random(int(sys.argv[3]))
out = open(sys.argv[2], 'w', encoding='utf-8')
n = int(sys.argv[4])
for i in range(n):
    p = rnd.choice(progs)
    lines = p.split('\n')
    # work on a window of a few lines to keep mutants small
    s = rnd.randrange(len(lines)); w = '\n'.join(lines[s:s+rnd.randint(1, 8)]) + '\n'
    sb = list(w)
    for _ in range(rnd.randint(1, 3)):
        at = rnd.randrange(len(sb)) if sb else 0
        k = rnd.randrange(4)
        if k == 0 and sb: del sb[at]
        elif k == 1: sb[at:at] = list(rnd.choice(FRAG))
        elif k == 2: del sb[at:at + rnd.randint(1, 10)]
        elif sb:
            o = rnd.randrange(len(sb)); sb[at], sb[o] = sb[o], sb[at]
    src = ''.join(sb)
    try:
        tree = ast.parse(src)
        res = "OK\t" + hashlib.sha256(ast.dump(tree, include_attributes=True, indent=1).encode('utf-8', 'surrogatepass')).hexdigest()
    except SyntaxError as e:
        res = "\t".join([type(e).__name__, repr(e.msg), str(e.lineno), str(e.offset), str(e.end_lineno), str(e.end_offset)])
    except (ValueError, MemoryError, RecursionError) as e:
        continue
    out.write(repr(src) + "\t" + res + "\n")
