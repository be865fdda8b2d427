"""Text processing: generate a document, then count, transform and report on its words.

A pseudo-random generator (a linear congruential one, written here) strings words from a small
vocabulary into sentences and lines. The benchmark splits and strips them, counts words and word
pairs in dicts, rewrites lines with str methods, and formats a report with f-strings and
str.format. Exercises str methods (split, strip, lower, title, replace, join, startswith, find),
dict get/setdefault/items, sorting with a key, and formatting. The checksum is the report's
length and a polynomial hash of its characters (Python's hash() is salted, so it is not used).
"""
import sys
import time

LINES = 25000

VOCABULARY = (
    "ember amber cinder flame spark glow heat ash smoke coal kindle blaze torch lamp wick "
    "river stone field north wind rain cloud harbor lantern valley meadow orchard signal "
    "quiet bright early late under over through around quickly slowly softly always never "
    "builds carries measures counts follows watches gathers turns opens keeps writes reads"
).split()

PUNCTUATION = ".,;:!?"


class Random:
    """A 31-bit linear congruential generator, so every interpreter sees the same text."""

    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_document(lines):
    random = Random(2024)
    document = []
    for line_number in range(lines):
        words = []
        for position in range(6 + random.below(8)):
            word = VOCABULARY[random.below(len(VOCABULARY))]
            if position == 0:
                word = word.capitalize()
            if random.below(7) == 0:
                word += PUNCTUATION[random.below(len(PUNCTUATION))]
            words.append(word)
        document.append(" ".join(words))
    return "\n".join(document)


def count_words(document):
    counts = {}
    pair_counts = {}
    for line in document.splitlines():
        words = [word.strip(PUNCTUATION).lower() for word in line.split()]
        for word in words:
            counts[word] = counts.get(word, 0) + 1
        for pair in zip(words, words[1:]):
            pair_counts[pair] = pair_counts.get(pair, 0) + 1
    return counts, pair_counts


def rewrite_lines(document):
    rewritten = []
    for line in document.splitlines():
        if line.startswith(("River", "Stone", "Field")):
            line = line.upper()
        elif line.find("spark") >= 0:
            line = line.replace("spark", "SPARK").title()
        elif "," in line:
            line = "; ".join(part.strip() for part in line.split(","))
        rewritten.append(line[::-1] if len(line) % 5 == 0 else line)
    return rewritten


def make_report(counts, pair_counts, rewritten):
    total = sum(counts.values())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    report = ["{:<12}{:>8}{:>9}".format("word", "count", "share")]
    for word, count in ranked:
        report.append(f"{word:<12}{count:>8}{count / total:>9.4f}")
    groups = {}
    for (first, second), count in pair_counts.items():
        groups.setdefault(first[0], []).append(f"{first}-{second}={count}")
    for initial in sorted(groups):
        report.append(initial + ": " + ", ".join(sorted(groups[initial])[:4]))
    lengths = [len(line) for line in rewritten]
    report.append("lines=%d longest=%d shortest=%d" % (len(lengths), max(lengths), min(lengths)))
    return "\n".join(report)


def polynomial_hash(text):
    value = 0
    for character in text:
        value = (value * 131 + ord(character)) % 1000000007
    return value


def bench():
    document = make_document(LINES)
    counts, pair_counts = count_words(document)
    rewritten = rewrite_lines(document)
    report = make_report(counts, pair_counts, rewritten)
    return (len(report), polynomial_hash(report), polynomial_hash("|".join(rewritten[::40])))


# ---- harness: identical in every bench program (BenchProgramsTest checks it); edit all or none ----
# Usage: PROGRAM [N]. Runs bench() N times (default 1); for each run prints one line
#     iteration <i> <seconds> <repr of the checksum bench() returned>
# with i counting from 1 and seconds measured with time.perf_counter. bench/run parses these lines.
def _run_harness(argv):
    iterations = int(argv[1]) if len(argv) > 1 else 1
    for i in range(1, iterations + 1):
        started = time.perf_counter()
        checksum = bench()
        elapsed = time.perf_counter() - started
        print("iteration", i, elapsed, repr(checksum), flush=True)


if __name__ == "__main__":
    _run_harness(sys.argv)
