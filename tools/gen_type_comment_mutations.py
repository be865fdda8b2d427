"""Mutates the type-comment cases (src/test/resources/tokenizer/typecomments/*.py) and records,
for each mutant that ast.parse(type_comments=True) accepts, its TypeIgnore lines/tags and its
type_comment texts, into src/test/resources/tokenizer/typecomment-mutations.txt (read by
TypeCommentTest).  Run from the repository root:

    /work/shared/tools/python3.14 tools/gen_type_comment_mutations.py [COUNT] [SEED]

Format: records separated by "=====" lines; "source ESCAPED" then the lines of the
typecomments/*.expected format (see gen_tokenizer_corpus.type_comment_cases).
"""
import ast
import glob
import os
import random
import sys
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import gen_tokenizer_corpus as corpus  # noqa: E402

FRAGMENTS = ["# type: ", "#type:", "ignore", "[x]", "\n", " ", "\t", "#", "type:", "int", "\u00e9",
             "_", "-", "def f(a, # type: int\n", "x = 1 ", "  # type: ignore\n", "\\\n", "(", ")"]
FOLDER = os.path.join("src", "test", "resources", "tokenizer")


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261125)
    seeds = []
    for path in sorted(glob.glob(os.path.join(FOLDER, "typecomments", "*.py"))):
        with open(path, encoding="utf-8") as f:
            seeds.append(f.read())
    warnings.simplefilter("ignore")
    records = []
    while len(records) < count:
        chars = list(rng.choice(seeds))
        for _ in range(1 + rng.randrange(3)):
            at = rng.randrange(len(chars) + 1)
            kind = rng.randrange(3)
            if kind == 0:
                chars.insert(at, rng.choice(FRAGMENTS))
            elif at < len(chars):
                if kind == 1:
                    del chars[at]
                else:
                    chars[at] = rng.choice(FRAGMENTS)
        text = "".join(chars)
        try:
            tree = ast.parse(text, type_comments=True)
        except SyntaxError:
            continue
        lines = ["ignore %d %s" % (i.lineno, corpus.esc(i.tag)) for i in tree.type_ignores]
        comments = sorted(n.type_comment for n in ast.walk(tree)
                          if getattr(n, "type_comment", None) is not None)
        lines.extend("comment " + corpus.esc(c) for c in comments)
        records.append("\n".join(["source " + corpus.esc(text)[1:-1]] + lines))
    with open(os.path.join(FOLDER, "typecomment-mutations.txt"), "w", encoding="utf-8") as f:
        f.write("\n=====\n".join(records) + "\n=====\n")
    print("recorded", len(records), "type comment mutants")


if __name__ == "__main__":
    main()
