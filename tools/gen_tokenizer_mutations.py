"""Differential regression data: mutates the corpus sources (deterministically) and records what
CPython's tokenizer does with each mutant, into src/test/resources/tokenizer/mutations.txt, read
by TokenizerMutationTest.  Run from the repository root:

    /work/shared/tools/python3.14 tools/gen_tokenizer_mutations.py [COUNT] [SEED]

Only mutants whose outcome is the tokenizer's own are kept: the parser-mode token stream, or a
SyntaxError that CPython's tokenizer raises by itself (not one the parser reports first).
Format: records separated by a line "=====": the escaped source on a line starting "source ",
then the lines of gen_tokenizer_corpus.expected_lines without warnings, without the
"all tokens" section and with NEWLINE texts blanked.
"""
import glob
import io
import os
import random
import sys
import warnings

sys.path.insert(0, os.path.dirname(__file__))
import gen_tokenizer_corpus as corpus  # noqa: E402

ALPHABET = "()[]{}'\"\\#:=!fFtTrRbBuU0123456789xob_.eEjJ \t\f\n\r{}{}\u00e9\u20ac\u00a0$"
# Whole fragments reach deeper tokenizer states (f-string fields, continuation lines) than
# single characters do.
FRAGMENTS = ["f'", 'f"', "f'''", "t'", "rf'", "'''", '"""', "{", "}", "{{", "}}", "!r", ":>", "=",
             "\\\n", "\n", "# c\n", "\\N{", "lambda x:", "[", "]", "(", ")", ":", "{x}",
             "{x!r:{y}}", "\r\n", "\t", "    ", "0x", "1_", "1e", ".5", "0o7", "0b1", "1j",
             "if ", "else ", "in ", "or ", "not ", "\f"]
OUT = os.path.join("src", "test", "resources", "tokenizer", "mutations.txt")
POSITIONED_BY_PARSER = ("was never closed", "unexpected EOF", "unindent does not match")


def mutate(seed, rng):
    chars = list(seed)
    for _ in range(1 + rng.randrange(3)):
        at = rng.randrange(len(chars) + 1)
        kind = rng.randrange(3)
        if kind == 0:
            chars.insert(at, rng.choice(ALPHABET) if rng.random() < 0.5 else rng.choice(FRAGMENTS))
        elif at < len(chars):
            if kind == 1:
                del chars[at]
            else:
                chars[at] = rng.choice(ALPHABET)
    return "".join(chars)


def tokenizer_outcome(text):
    """expected_lines for text, or None when the parser, not the tokenizer, decides the error."""
    lines = corpus.expected_lines(text)
    lines = [line for line in lines if not line.startswith("warning ")]
    if "all" in lines:
        lines = lines[:lines.index("all")]
    if "all skipped" in lines:
        lines = lines[:lines.index("all skipped")]
    # Ember's NEWLINE text is the line break, CPython's parser sees the comment before it.
    lines = [line[:line.index(" ", 8)] + ' ""' if line.startswith("NEWLINE ") else line
             for line in lines]
    if lines[0].startswith("error "):
        translated = text.replace("\r\n", "\n").replace("\r", "\n")
        try:
            for _ in corpus._tokenize.TokenizerIter(io.StringIO(translated).readline,
                                                    extra_tokens=False):
                pass
            return None
        except SyntaxError as e:
            compiled = corpus.compile_error(text).msg
            if e.msg != compiled and not any(p in compiled for p in POSITIONED_BY_PARSER):
                return None
            if any(p in compiled for p in POSITIONED_BY_PARSER):
                # pegen may raise these for an earlier parser error: only keep them when the
                # tokenizer's own complaint is the same kind of thing.
                if not any(p in e.msg for p in ("EOF", "unindent", "never closed")):
                    return None
    return lines


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261125)
    seeds = []
    for path in sorted(glob.glob(os.path.join(corpus.CASES, "*.py"))):
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        if len(text) <= 400:
            seeds.append(text)
    warnings.simplefilter("ignore")
    records = []
    while len(records) < count:
        text = mutate(rng.choice(seeds), rng)
        if "\0" in text:
            continue
        try:
            outcome = tokenizer_outcome(text)
        except Exception:   # e.g. the generator's own consistency checks
            continue
        if outcome is not None:
            records.append("source " + corpus.esc(text)[1:-1] + "\n" + "\n".join(outcome))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n=====\n".join(records) + "\n=====\n")
    print("recorded", len(records), "mutants")


if __name__ == "__main__":
    main()
