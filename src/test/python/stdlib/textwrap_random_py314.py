# Recorded with CPython 3.14: long words no longer leave trailing whitespace (3.14 fix).
# Randomized (fixed seed) wrapping of texts built from tricky pieces, with random options.
import random
import textwrap

rng = random.Random(2024)
pieces = ["word", "a", "hyphen-ated", "--", "em--dash", "x-1", "-b", "--opt", "end.", "Mr.", "quote!\"", "tab\there",
          "new\nline", "  ", "\t", "long" * 6, "e-mail", "re-re-re-entry", "1-2-3", "ab-c", "a-bc", "?!", "'single'",
          "ünïcödé-wörd", "end?", "x", "---", "a--", "--b"]
for case in range(120):
    words = [rng.choice(pieces) for _ in range(rng.randrange(1, 25))]
    text = rng.choice([" ", "  ", "\t"]).join(words)
    options = {
        "width": rng.randrange(1, 40),
        "break_long_words": rng.random() < 0.7,
        "break_on_hyphens": rng.random() < 0.7,
        "drop_whitespace": rng.random() < 0.7,
        "fix_sentence_endings": rng.random() < 0.3,
        "expand_tabs": rng.random() < 0.8,
        "replace_whitespace": rng.random() < 0.8,
        "tabsize": rng.choice([1, 4, 8]),
    }
    if rng.random() < 0.3:
        options["initial_indent"] = rng.choice(["", "> ", "* "])
        options["subsequent_indent"] = rng.choice(["", "  "])
    if rng.random() < 0.3:
        options["max_lines"] = rng.randrange(1, 4)
        options["placeholder"] = rng.choice([" [...]", "...", " ~"])
    try:
        result = textwrap.wrap(text, **options)
    except ValueError as e:
        result = "ValueError: %s" % e
    print(case, repr(result))
    width = rng.randrange(8, 60)
    try:
        print("  shorten", repr(textwrap.shorten(text, width)))
    except ValueError as e:
        print("  shorten ValueError", e)
