"""Regular expressions: parse, search and rewrite a generated server log with the re module.

A linear congruential generator (written here) produces log lines with timestamps, levels,
dotted module names, IP addresses, e-mail addresses, durations and free text, once, when the
program starts (so that the timed work is the regular expressions). The benchmark
matches every line against an anchored pattern with nine groups, finds IP addresses, failure
words (IGNORECASE) and repeated words (a back-reference) in the whole text, collects e-mail
addresses with finditer, counts words with findall, looks for rare addresses with search(pos)
loops, rewrites dates with a template sub() and durations with a callable sub(), and splits on
separators. The checksum folds counts and a polynomial hash of the extracted text.
"""
import re
import sys
import time

LINES = 8000

LEVELS = ("INFO", "INFO", "INFO", "DEBUG", "WARNING", "ERROR")
MODULES = ("app.server", "app.db.pool", "auth", "cache.redis", "api.v2.users", "worker")
WORDS = (
    "request handled for user session token refreshed connection opened closed "
    "retry backoff timeout failed failure error recovered cache miss hit query slow"
).split()
DOMAINS = ("example.com", "mail.example.org", "corp.net")

LINE_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\s*\] ([a-z]\w*(?:\.\w+)*): (.*)$")
IP_RE = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
FAIL_RE = re.compile(r"\b(?:error|fail(?:ed|ure)?|timeout)\b", re.IGNORECASE)
EMAIL_RE = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
WORD_RE = re.compile(r"[A-Za-z]+")
DATE_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
DURATION_RE = re.compile(r"(\d+)ms\b")
KEYS_RE = re.compile(r"\s*[,;]\s*")
REPEAT_RE = re.compile(r"\b(\w+) \1\b")


class Random:
    """A 31-bit linear congruential generator, so every interpreter sees the same text."""

    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_log(lines):
    random = Random(7)
    out = []
    for n in range(lines):
        day = 1 + random.below(28)
        stamp = "2024-%02d-%02d %02d:%02d:%02d" % (1 + random.below(12), day, random.below(24),
                                                  random.below(60), random.below(60))
        level = LEVELS[random.below(len(LEVELS))]
        module = MODULES[random.below(len(MODULES))]
        words = [WORDS[random.below(len(WORDS))] for _ in range(4 + random.below(8))]
        kind = random.below(5)
        if kind == 0:
            words.append("from %d.%d.%d.%d" % (random.below(256), random.below(256),
                                              random.below(256), random.below(256)))
        elif kind == 1:
            words.append("by user%d@%s" % (random.below(500), DOMAINS[random.below(len(DOMAINS))]))
        elif kind == 2:
            words.append("took %dms" % random.below(5000))
        elif kind == 3:
            words.append("keys=a%d, b%d; c%d" % (random.below(9), random.below(9), random.below(9)))
        out.append("%s [%-7s] %s: %s" % (stamp, level, module, " ".join(words)))
    return out


def text_hash(text, h):
    for ch in text:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


LOG_LINES = make_log(LINES)
LOG_TEXT = "\n".join(LOG_LINES)


def count_levels(lines):
    per_level = {}
    for line in lines:
        m = LINE_RE.match(line)
        if m is not None:
            level = m.group(7)
            per_level[level] = per_level.get(level, 0) + 1
    return per_level


def halve(m):
    return str(int(m.group(1)) // 2) + "ms"


def bench():
    lines = LOG_LINES
    text = LOG_TEXT
    h = 7
    per_level = count_levels(lines)
    for key in sorted(per_level):
        h = text_hash("%s=%d" % (key, per_level[key]), h)
    ip_sum = 0
    ips = IP_RE.findall(text)
    for octets in ips[::50]:
        ip_sum += int(octets[0]) + int(octets[3])
    failures = len(FAIL_RE.findall(text))
    domains = {}
    for m in EMAIL_RE.finditer(text):
        domain = m.group("domain")
        domains[domain] = domains.get(domain, 0) + 1
    for key in sorted(domains):
        h = text_hash("%s=%d" % (key, domains[key]), h)
    words = len(WORD_RE.findall(text))
    repeated = len(REPEAT_RE.findall(text))
    rare = 0
    for digit in "0123456789":
        pattern = re.compile("user" + digit + r"\d\d@corp\.net\b")
        pos = 0
        while True:
            m = pattern.search(text, pos)
            if m is None:
                break
            rare += 1
            pos = m.end()
    rewritten = DATE_RE.sub(r"\3/\2/\1", text)
    rewritten, durations = DURATION_RE.subn(halve, rewritten)
    h = text_hash(rewritten[-2000:], h)
    key_parts = len(KEYS_RE.split(text))
    errors_multiline = len(re.findall(r"^\S+ \S+ \[ERROR", text, re.MULTILINE))
    return (len(lines), len(ips), ip_sum, failures, words, repeated, rare, durations, key_parts,
            errors_multiline, len(rewritten), h)


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
