"""Generate random small Python programs that mix scopes (functions, classes, lambdas,
comprehensions, generics, annotations, global/nonlocal, walrus, del, super) to compare Ember's
symbol table with CPython's. Deterministic: the same seed gives the same programs.

Usage: python3 tools/gen-symtable-fuzz.py DIR COUNT [SEED]
then:  python3.14 tools/dump-symtable.py --write DIR
Some programs are invalid on purpose (a nonlocal without binding, a global after use...): the
dump then records CPython's SyntaxError, which is compared too.
"""
import random
import sys

NAMES = ["a", "b", "c", "x", "y", "__p", "T"]


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.counter = 0

    def name(self):
        return self.rng.choice(NAMES)

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def expr(self, depth, in_func):
        r = self.rng.random()
        if depth <= 0 or r < 0.35:
            return self.name()
        if r < 0.45:
            return f"({self.expr(depth - 1, in_func)} + {self.expr(depth - 1, in_func)})"
        if r < 0.55:
            kind = self.rng.choice(["[{e} for {v} in {it}]", "{{{e} for {v} in {it}}}",
                                    "({e} for {v} in {it})", "{{{v}: {e} for {v} in {it}}}",
                                    "[{e} for {v} in {it} for {w} in {v}]"])
            v = self.name()
            return kind.format(e=self.expr(depth - 1, in_func), v=v, w=self.name(),
                               it=self.expr(depth - 1, in_func))
        if r < 0.62:
            return f"[({self.name()} := {self.expr(depth - 1, in_func)}) for {self.name()} in {self.name()}]"
        if r < 0.7:
            params = ", ".join(sorted(set(self.rng.sample(NAMES, self.rng.randint(0, 2)))))
            return f"(lambda {params}: {self.expr(depth - 1, in_func)})"
        if r < 0.75 and in_func:
            return "super()"
        if r < 0.8:
            return "__class__"
        return f"f{self.rng.randint(0, 3)}({self.expr(depth - 1, in_func)})"

    def stmt(self, indent, depth, kind):
        pad = "    " * indent
        in_func = kind == "def"
        r = self.rng.random()
        if depth > 0 and r < 0.15:
            self.func(indent, depth - 1)
        elif depth > 0 and r < 0.25:
            self.klass(indent, depth - 1)
        elif r < 0.4:
            self.lines.append(f"{pad}{self.name()} = {self.expr(2, in_func)}")
        elif r < 0.5:
            self.lines.append(f"{pad}print({self.expr(2, in_func)})")
        elif r < 0.55:
            self.lines.append(f"{pad}global {self.name()}")
        elif r < 0.6 and kind != "module":
            self.lines.append(f"{pad}nonlocal {self.name()}")
        elif r < 0.65:
            self.lines.append(f"{pad}{self.name()}: {self.expr(1, in_func)} = {self.expr(1, in_func)}")
        elif r < 0.7:
            self.lines.append(f"{pad}del {self.name()}")
        elif r < 0.75:
            self.lines.append(f"{pad}{self.name()} += {self.expr(1, in_func)}")
        elif r < 0.8:
            self.lines.append(f"{pad}if {self.expr(1, in_func)}:")
            self.lines.append(f"{pad}    {self.name()}: int")
        elif r < 0.85 and in_func:
            self.lines.append(f"{pad}return {self.expr(2, in_func)}")
        elif r < 0.9:
            self.lines.append(f"{pad}type {self.fresh('A')}[{self.name().strip('_') or 'T'}] = {self.expr(1, False)}")
        elif r < 0.92:
            self.lines.append(f"{pad}for {self.name()} in {self.expr(1, in_func)}: pass")
        elif r < 0.94:
            self.lines.append(f"{pad}try: pass")
            self.lines.append(f"{pad}except E as {self.name()}: {self.name()} = 1")
        elif r < 0.96:
            self.lines.append(f"{pad}with {self.expr(1, in_func)} as ({self.name()}, {self.name()}): pass")
        elif r < 0.97:
            self.lines.append(f"{pad}match {self.name()}:")
            self.lines.append(f"{pad}    case [{self.name()}, *{self.name()}] | {{'k': {self.name()}}}: pass")
        elif r < 0.98:
            self.lines.append(f"{pad}import m.{self.name()} as {self.name()}")
        elif r < 0.99 and in_func:
            self.lines.append(f"{pad}yield {self.expr(1, in_func)}")
        else:
            self.lines.append(f"{pad}from m import {self.name()}")

    def body(self, indent, depth, kind):
        for _ in range(self.rng.randint(1, 4)):
            self.stmt(indent, depth, kind)

    def func(self, indent, depth):
        pad = "    " * indent
        params = sorted(set(self.rng.sample(NAMES[:5], self.rng.randint(0, 2))))
        generic = f"[{self.rng.choice(['T', 'U'])}]" if self.rng.random() < 0.2 else ""
        annotated = ", ".join(f"{p}: {self.name()}" if self.rng.random() < 0.3 else p for p in params)
        prefix = "async " if self.rng.random() < 0.15 else ""
        if self.rng.random() < 0.1:
            self.lines.append(f"{pad}@{self.name()}")
        bound = f"[{self.rng.choice(['T', 'U'])}: {self.name()} = {self.name()}]" if self.rng.random() < 0.1 else generic
        self.lines.append(f"{pad}{prefix}def {self.fresh('f')}{bound}({annotated}):")
        if prefix:
            self.lines.append(f"{pad}    {self.name()} = await {self.expr(1, True)}")
            self.lines.append(f"{pad}    {self.name()} = [{self.name()} async for {self.name()} in {self.name()}]")
        self.body(indent + 1, depth, "def")

    def klass(self, indent, depth):
        pad = "    " * indent
        generic = "[T]" if self.rng.random() < 0.2 else ""
        self.lines.append(f"{pad}class {self.fresh('C')}{generic}:")
        self.body(indent + 1, depth, "class")


def main(args):
    directory, count = args[0], int(args[1])
    seed = int(args[2]) if len(args) > 2 else 1
    for i in range(count):
        gen = Gen(random.Random(seed * 100003 + i))
        gen.body(0, 4, "module")
        with open(f"{directory}/fuzz_{i:03d}.py", "w") as f:
            f.write("\n".join(gen.lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
