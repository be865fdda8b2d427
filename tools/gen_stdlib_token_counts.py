"""Records, for every .py file of CPython 3.13's Lib, what its C tokenizer gives the parser:
the number of tokens other than FSTRING_MIDDLE/TSTRING_MIDDLE and a checksum of their
positions (UTF-8 byte columns), then the same for tokenize.generate_tokens (-1 -1 where that
is not checked), or "error" when the tokenizer rejects the file.  Run:

    PYENV_VERSION=3.13.0 python3.13 tools/gen_stdlib_token_counts.py

Writes src/test/resources/tokenizer/stdlib-3.13-tokens.txt, read by StdlibTokenizeTest.
"""
import io
import os
import sys
import tokenize
import token as tokmod

import _tokenize

LIB = "/root/.pyenv/versions/3.13.0/lib/python3.13"
OUT = os.path.join("src", "test", "resources", "tokenizer", "stdlib-3.13-tokens.txt")
MIDDLES = {tokmod.FSTRING_MIDDLE}


def checksum_of(text):
    translated = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = translated.split("\n")
    count, checksum = 0, 0
    for num, _s, (l1, c1), (l2, c2), _line in _tokenize.TokenizerIter(
            io.StringIO(translated).readline, extra_tokens=False):
        if num in MIDDLES:
            continue
        b1 = c1 if c1 < 0 else len(lines[l1 - 1][:c1].encode("utf-8", "surrogatepass"))
        b2 = c2 if c2 < 0 else len(lines[l2 - 1][:c2].encode("utf-8", "surrogatepass"))
        count += 1
        checksum = (checksum * 31 + l1 * 7919 + b1 * 131 + l2 * 17 + b2) % 1000000007
    if count == 0:   # TokenizerIter yields nothing for an empty file; the parser gets ENDMARKER
        count, checksum = 1, (1 * 7919 - 131 + 17 - 1) % 1000000007
    return count, checksum


def all_tokens_checksum(text):
    """The same for tokenize.generate_tokens (Ember's "all tokens" mode)."""
    lines = text.splitlines(keepends=True)
    count, checksum = 0, 0
    for t in tokenize.generate_tokens(io.StringIO(text, newline="").readline):
        if t.type in MIDDLES:
            continue
        (l1, c1), (l2, c2) = t.start, t.end
        b1 = len(lines[l1 - 1][:c1].encode("utf-8", "surrogatepass")) if l1 <= len(lines) else c1
        b2 = len(lines[l2 - 1][:c2].encode("utf-8", "surrogatepass")) if l2 <= len(lines) else c2
        count += 1
        checksum = (checksum * 31 + l1 * 7919 + b1 * 131 + l2 * 17 + b2) % 1000000007
    return count, checksum


def main():
    rows = []
    for root, dirs, files in os.walk(LIB):
        dirs.sort()
        if "site-packages" in root:
            continue
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, LIB)
            try:
                with open(path, "rb") as f:
                    encoding, _ = tokenize.detect_encoding(f.readline)
                with open(path, encoding=encoding, newline="") as f:
                    text = f.read()
                count, checksum = checksum_of(text)
                if "\r" in text or "\f" in text or "\v" in text or "\x1c" in text:
                    all_count, all_checksum = -1, -1   # splitlines and readline disagree: not checked
                else:
                    all_count, all_checksum = all_tokens_checksum(text)
                rows.append("%s %d %d %d %d" % (rel, count, checksum, all_count, all_checksum))
            except (SyntaxError, UnicodeDecodeError, ValueError):
                rows.append("%s error" % rel)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(len(rows), "files,", sum(r.endswith(" error") for r in rows), "rejected")


main()
