# Input for `ember -m dis -C dis_cli_input.py` (DisCasesTest), written for Ember.
import sys


def walk(tree, depth=0):
    for node in tree:
        if isinstance(node, list):
            yield from walk(node, depth + 1)
        else:
            yield depth, node


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1


if __name__ == "__main__":
    print(list(walk([1, [2, [3]]])), file=sys.stderr)
