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
    # Their code comes precompiled from the jar, so this also trains reading the code cache.
    for module_name in ("time", "os", "re", "collections", "functools", "itertools", "math",
                        "random", "typing", "dataclasses", "json", "datetime", "enum", "asyncio",
                        "argparse", "string", "textwrap", "copy", "operator", "heapq", "bisect",
                        "contextlib", "abc", "types", "weakref", "io", "struct", "decimal",
                        "fractions", "statistics", "pathlib", "logging", "threading", "queue",
                        "traceback", "inspect", "unittest"):
        try:
            __import__(module_name)
        except Exception:
            pass


def use_common_modules():
    # A little of what programs do with them: the library code paths and the Java classes behind
    # them are then linked (and profiled) in the cache too. Each part may fail on its own.
    def attempt(work):
        try:
            work()
        except Exception:
            pass

    def json_round_trip():
        import json
        json.loads(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "d"}}, indent=2, sort_keys=True))

    def dates():
        import datetime
        moment = datetime.datetime(2024, 2, 29, 12, 30) + datetime.timedelta(days=1, seconds=5)
        moment.isoformat(), moment.strftime("%Y-%m-%d %H:%M"), datetime.date.today().weekday()

    def regexes():
        import re
        re.findall(r"(\w+)=(\d+)", "a=1 b=22 c=333")
        re.sub(r"\s+", " ", "x  y\tz"), re.compile(r"^[a-z]+$", re.I).match("Hello")

    def coroutines():
        import asyncio

        async def worker(queue, results):
            while (item := await queue.get()) is not None:
                results.append(item * 2)
                await asyncio.sleep(0)

        async def run():
            queue, results = asyncio.Queue(), []
            task = asyncio.create_task(worker(queue, results))
            for i in range(20):
                await queue.put(i)
            await queue.put(None)
            await asyncio.wait_for(task, 5)
            await asyncio.gather(*(asyncio.sleep(0, i) for i in range(5)))
            return results

        asyncio.run(run())

    def data_classes():
        import dataclasses
        import enum

        @dataclasses.dataclass(frozen=True)
        class Item:
            name: str
            price: float = 0.0

        class Color(enum.Enum):
            RED = 1
            GREEN = 2

        sorted([Item("b", 2), Item("a", 1)], key=lambda item: item.name), Color(2).name, list(Color)

    def collection_types():
        import collections
        counter = collections.Counter("abracadabra")
        counter.most_common(2), collections.OrderedDict(a=1), collections.deque(range(5), maxlen=3)
        collections.namedtuple("Pair", "left right")(1, 2)._asdict(), collections.defaultdict(list)["k"]

    for work in (json_round_trip, dates, regexes, coroutines, data_classes, collection_types):
        attempt(work)


if __name__ == "__main__":
    main()
    import_common_modules()
    use_common_modules()
