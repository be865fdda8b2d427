# Training run for the JVM's AOT cache (see bin/ember): a small program that exercises what most
# programs touch at startup — the tokenizer, parser, compiler and interpreter on common syntax,
# the common builtin types, exceptions, classes, imports. The JVM records the classes it loads and
# links (and method profiles) into target/ember.aot; its output is thrown away.
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


def gen(n):
    for i in range(n):
        yield i * i


def main():
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    squares = [n for n in gen(50) if n % 3]
    unique = {w[0] for w in words}
    total = sum(squares) + len(unique) + int("42") + round(3.5) + int(2.5 * 4)
    text = " ".join(f"{k}={v:>3}" for k, v in ordered) + "%d %s %.2f" % (1, "a", 1.5)
    points = [Point(i, -i) for i in range(5)]
    try:
        {}["missing"]
    except KeyError as error:
        text += repr(error)
    try:
        raise ValueError("training")
    except (TypeError, ValueError):
        pass
    match points[1]:
        case Point(x=1, y=y):
            total += y
    data = (b"bytes" + bytes(3)).hex(), 1 << 70, 2 ** 0.5, complex(1, 2), tuple(range(3))
    print(total, text[:20], points, data, file=sys.stdout)


def import_common_modules():
    # What most programs import; modules Ember cannot import yet are skipped (the training must
    # not stop). bin/ember runs this with -B, so no code cache files are written.
    for module_name in ("time", "os", "re", "collections", "functools", "itertools", "math",
                        "random", "typing", "dataclasses", "json"):
        try:
            __import__(module_name)
        except Exception:
            pass


if __name__ == "__main__":
    main()
    import_common_modules()
