"""Records what CPython's tokenizer does with each src/test/resources/tokenizer/cases/*.py into
a .expected file next to it, in the format TokenizerTest reads.  Run from the repository root:

    /work/shared/tools/python3.14 tools/gen_tokenizer_corpus.py   (3.14: t-strings, 3.14 messages)

Expected-file format, one item per line; strings are double-quoted with \\\\ \\n \\r \\t \\" and
\\xHH escapes:
    parser                      -- tokens as the parser sees them (_tokenize.TokenizerIter,
    TYPE L:C-L:C "text"            extra_tokens=False); columns are UTF-8 bytes, -1 = none
    all                         -- tokens in "tokenize module" mode (tokenize.generate_tokens)
    TYPE L:C-L:C "text"
    error KIND LINENO OFFSET END_LINENO END_OFFSET "msg" "text"|None   -- compile() raised
    warning LINENO "msg" error LINENO OFFSET END_LINENO END_OFFSET "msg" "text"
                                -- the first SyntaxWarning from the tokenizer, and the SyntaxError
                                   compile() raises for it under -W error
Differences from CPython's raw streams are converted to Ember's token contract: empty
FSTRING_MIDDLEs are dropped except before a '}' (where the parser needs them), a literal run split at '{{'/'}}' is one token holding the raw source
slice, NAME text is NFKC-normalized, the generic OP type (e.g. '$') is ERRORTOKEN.
"""
import glob
import io
import os
import re
import sys
import token as tokmod
import tokenize
import unicodedata

import _tokenize

CASES = os.path.join("src", "test", "resources", "tokenizer", "cases")
MIDDLES = {"FSTRING_MIDDLE", "TSTRING_MIDDLE"}


def esc(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


class Source:
    def __init__(self, text):
        self.text = text
        # Python's own line breaks only (str.splitlines would also split at \f and others).
        self.lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def offset(self, line, col):
        return self.starts[line - 1] + col if line - 1 < len(self.starts) else len(self.text)

    def byte_col(self, line, col):
        if col < 0 or line - 1 >= len(self.lines):
            return col
        return len(self.lines[line - 1][:col].encode("utf-8", "surrogatepass"))


def type_name(num):
    name = tokmod.tok_name[num]
    return "ERRORTOKEN" if name == "OP" else name


def merge_middles(src, toks):
    """toks: [name, (l,c), (l,c), text] in char columns. Applies the FSTRING_MIDDLE contract."""
    out = []
    for i, (name, start, end, text) in enumerate(toks):
        if name in MIDDLES:
            a, b = src.offset(*start), src.offset(*end)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            # CPython leaves the second brace of '{{' / '}}' out of every token: take it back.
            if text and text[-1] in "{}" and nxt is not None:
                n = src.offset(*nxt[1])
                if n > b and src.text[b] == text[-1]:
                    b += 1
                    end = (end[0], end[1] + 1)
            if a == b and (nxt is None or nxt[3] != "}"):
                continue   # kept only before a '}', where Ember's tokenizer makes one too
            if out and out[-1][0] == name and src.offset(*out[-1][2]) == a:
                prev = out.pop()
                start = prev[1]
                a = src.offset(*start)
            out.append([name, start, end, src.text[a:b]])
        else:
            out.append([name, start, end, text])
    return out


def fmt(src, toks):
    lines = []
    for name, (l1, c1), (l2, c2), text in toks:
        if name == "NAME":
            text = unicodedata.normalize("NFKC", text)
        lines.append("%s %d:%d-%d:%d %s" % (name, l1, src.byte_col(l1, c1), l2,
                                             src.byte_col(l2, c2), esc(text)))
    return lines


def parser_tokens(src):
    """src must already have its line breaks translated to \n, as compile() reads a string."""
    toks = []
    for num, text, start, end, _line in _tokenize.TokenizerIter(
            io.StringIO(src.text).readline, extra_tokens=False):
        toks.append([type_name(num), start, end, text])
    if not toks:
        toks.append(["ENDMARKER", (1, -1), (1, -1), ""])   # TokenizerIter yields nothing for ''
    return toks


def all_tokens(src, raw_middles):
    toks = []
    for t in tokenize.generate_tokens(io.StringIO(src.text).readline):
        name = tokmod.tok_name[t.exact_type]
        if name in MIDDLES:
            continue
        kind = type_name(t.exact_type)
        if t.string == "<>":   # tokenize's exact_type table lacks the Barry-as-FLUFL spelling
            kind = "NOTEQUAL"
        toks.append([kind, t.start, t.end, t.string])
    toks.extend(m for m in raw_middles)
    toks.sort(key=lambda t: (t[1], 0 if t[0] in MIDDLES else 1))
    return toks


def tokenizer_warnings(text):
    """The SyntaxWarnings the tokenizer issues, each with the SyntaxError -W error makes of it."""
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(text, "<f>", "exec")
        except SyntaxError:
            pass   # valid for the tokenizer, not for the parser: warnings up to there count
    found = []
    for w in caught:
        msg = str(w.message)
        if not (msg.startswith("invalid") and msg.endswith(" literal")
                or msg.startswith('"\\{"') or msg.startswith('"\\}"')):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compile(text, "<f>", "exec")
                sys.exit("-W error did not turn %r into an error" % msg)
            except SyntaxError as err:
                e = err
        found.append("warning %d %s error %s %s %s %s %s %s" % (
            w.lineno, esc(msg), e.lineno, e.offset, e.end_lineno, e.end_offset, esc(e.msg),
            esc(e.text)))
        break   # -W error only shows the first one
    return found


def compile_error(text):
    try:
        compile(text, "<f>", "exec")
    except SyntaxError as e:
        return e
    return None


def expected_lines(text):
    """The .expected content (as lines) for one source text."""
    src = Source(text)
    translated = Source(text.replace("\r\n", "\n").replace("\r", "\n"))
    out = []
    try:
        raw = parser_tokens(translated)
    except SyntaxError:
        raw = None
    if raw is None or "\0" in text:
        e = compile_error(text)
        if e is None:
            raise ValueError("the tokenizer failed but compile() did not")
        out.append("error %s %s %s %s %s %s %s" % (
            type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, esc(e.msg),
            "None" if e.text is None else esc(e.text)))
    else:
        out.extend(tokenizer_warnings(text))
        merged = merge_middles(translated, raw)
        out.append("parser")
        out.extend(fmt(translated, merged))
        if re.search(r"\r(?!\n)", text):
            # tokenize's readline does not split at a lone \r as compile() does.
            out.append("all skipped")
        else:
            out.append("all")
            # The same literal runs, sliced from the untranslated source.
            middles = [[t[0], t[1], t[2], src.text[src.offset(*t[1]):src.offset(*t[2])]]
                       for t in merged if t[0] in MIDDLES]
            out.extend(fmt(src, all_tokens(src, middles)))
    return out


def main():
    for path in sorted(glob.glob(os.path.join(CASES, "*.py"))):
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
        out = expected_lines(text)
        with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    print("recorded", len(glob.glob(os.path.join(CASES, "*.py"))), "cases")


if __name__ == "__main__":
    main()


def type_comment_cases():
    """typecomments/NAME.py -> NAME.expected: what ast.parse(type_comments=True) reports:
        ignore LINENO "tag"     -- each TypeIgnore, in order
        comment "text"          -- each node's type_comment, sorted
    """
    import ast
    folder = os.path.join("src", "test", "resources", "tokenizer", "typecomments")
    paths = sorted(glob.glob(os.path.join(folder, "*.py")))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        tree = ast.parse(text, type_comments=True)
        out = ["ignore %d %s" % (i.lineno, esc(i.tag)) for i in tree.type_ignores]
        comments = sorted(n.type_comment for n in ast.walk(tree)
                          if getattr(n, "type_comment", None) is not None)
        out.extend("comment " + esc(c) for c in comments)
        with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    print("recorded", len(paths), "type comment cases")


if __name__ == "__main__":
    type_comment_cases()
