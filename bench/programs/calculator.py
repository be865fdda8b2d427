"""Calculator: a tokenizer, a recursive-descent parser and an evaluator for a tiny language.

Programs of assignments and arithmetic expressions (with unary minus, parentheses, comparisons
and a conditional `if ... then ... else`) are generated, tokenized character by character,
parsed into tuples, and evaluated by a tree walker that dispatches on node kind through a dict of
functions. Division by zero in the little language raises a Python exception that the evaluator
turns into a result. Exercises str indexing and character classification (isdigit, isalpha,
isspace), string slicing, recursion, tuples as tree nodes, dict dispatch, closures, and
try/except in a loop. The checksum folds every statement's value.
"""
import sys
import time

STATEMENTS = 15000


class CalcError(Exception):
    pass


class Tokenizer:
    SYMBOLS = {"+", "-", "*", "/", "%", "(", ")", "=", "<", ">", ";"}
    KEYWORDS = {"if", "then", "else"}

    def __init__(self, text):
        self.text = text

    def tokens(self):
        text = self.text
        position = 0
        tokens = []
        while position < len(text):
            character = text[position]
            if character.isspace():
                position += 1
            elif character.isdigit():
                end = position
                while end < len(text) and text[end].isdigit():
                    end += 1
                tokens.append(("number", int(text[position:end])))
                position = end
            elif character.isalpha() or character == "_":
                end = position
                while end < len(text) and (text[end].isalnum() or text[end] == "_"):
                    end += 1
                word = text[position:end]
                tokens.append(("keyword" if word in self.KEYWORDS else "name", word))
                position = end
            elif character in self.SYMBOLS:
                tokens.append(("symbol", character))
                position += 1
            else:
                raise CalcError(f"unexpected character {character!r} at {position}")
        tokens.append(("end", None))
        return tokens


class Parser:
    """statement := name '=' expression ';' | expression ';'
    expression := 'if' comparison 'then' expression 'else' expression | comparison
    comparison := sum (('<' | '>') sum)?
    sum := product (('+' | '-') product)*
    product := unary (('*' | '/' | '%') unary)*
    unary := '-' unary | number | name | '(' expression ')'"""

    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    def peek(self):
        return self.tokens[self.index]

    def advance(self):
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, kind, value):
        token = self.advance()
        if token != (kind, value):
            raise CalcError(f"expected {value!r}, found {token[1]!r}")

    def statements(self):
        parsed = []
        while self.peek()[0] != "end":
            parsed.append(self.statement())
        return parsed

    def statement(self):
        first = self.peek()
        second = self.tokens[self.index + 1]
        if first[0] == "name" and second == ("symbol", "="):
            self.index += 2
            node = ("assign", first[1], self.expression())
        else:
            node = ("print", self.expression())
        self.expect("symbol", ";")
        return node

    def expression(self):
        if self.peek() == ("keyword", "if"):
            self.advance()
            condition = self.comparison()
            self.expect("keyword", "then")
            when_true = self.expression()
            self.expect("keyword", "else")
            return ("if", condition, when_true, self.expression())
        return self.comparison()

    def comparison(self):
        left = self.sum()
        kind, value = self.peek()
        if kind == "symbol" and value in ("<", ">"):
            self.advance()
            return ("binary", value, left, self.sum())
        return left

    def sum(self):
        node = self.product()
        while self.peek() in (("symbol", "+"), ("symbol", "-")):
            node = ("binary", self.advance()[1], node, self.product())
        return node

    def product(self):
        node = self.unary()
        while self.peek() in (("symbol", "*"), ("symbol", "/"), ("symbol", "%")):
            node = ("binary", self.advance()[1], node, self.unary())
        return node

    def unary(self):
        kind, value = self.advance()
        if (kind, value) == ("symbol", "-"):
            return ("negate", self.unary())
        if kind == "number":
            return ("number", value)
        if kind == "name":
            return ("variable", value)
        if (kind, value) == ("symbol", "("):
            node = self.expression()
            self.expect("symbol", ")")
            return node
        raise CalcError(f"unexpected {value!r}")


def divide(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero in the program")
    return a // b


def remainder(a, b):
    if b == 0:
        raise ZeroDivisionError("modulo by zero in the program")
    return a % b


OPERATORS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": divide,
    "%": remainder,
    "<": lambda a, b: 1 if a < b else 0,
    ">": lambda a, b: 1 if a > b else 0,
}


def make_evaluator(variables):
    """Returns evaluate(node), a closure over the variables dict and its dispatch table."""

    def evaluate(node):
        return handlers[node[0]](node)

    def binary(node):
        return OPERATORS[node[1]](evaluate(node[2]), evaluate(node[3]))

    def variable(node):
        try:
            return variables[node[1]]
        except KeyError:
            raise CalcError(f"undefined variable {node[1]}") from None

    handlers = {
        "number": lambda node: node[1],
        "variable": variable,
        "negate": lambda node: -evaluate(node[1]),
        "binary": binary,
        "if": lambda node: evaluate(node[2]) if evaluate(node[1]) else evaluate(node[3]),
    }
    return evaluate


def generate_program(count):
    """Deterministic source text: assignments to a few variables, then expressions using them."""
    lines = ["a = 7;", "b = 3;", "c = 0;", "total = 1;"]
    names = ("a", "b", "c", "total")
    state = 99
    for index in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x, y, z = names[state % 4], names[(state >> 3) % 4], (state >> 6) % 50
        shape = (state >> 12) % 6
        if shape == 0:
            lines.append(f"{x} = ({y} + {z}) * 3 - {x} % 7;")
        elif shape == 1:
            lines.append(f"{x} = if {y} > {z} then {y} - {z} else -({z} - {y}) + 1;")
        elif shape == 2:
            lines.append(f"{x} / ({y} - {y});")
        elif shape == 3:
            lines.append(f"{x} = ({x} * {z} + {y}) % 1000003;")
        elif shape == 4:
            lines.append(f"(({x} + 1) * ({y} - 2) - -{z}) / 3 + {index % 17};")
        else:
            lines.append(f"{x} = {x} + {y} * {y} % 101 - {z};")
    return "\n".join(lines)


def run(source):
    statements = Parser(Tokenizer(source).tokens()).statements()
    variables = {}
    evaluate = make_evaluator(variables)
    checksum = 0
    errors = 0
    for statement in statements:
        try:
            if statement[0] == "assign":
                value = variables[statement[1]] = evaluate(statement[2])
            else:
                value = evaluate(statement[1])
        except ZeroDivisionError:
            errors += 1
            value = -1
        checksum = (checksum * 31 + value) % 2147483647
    return checksum, errors, sorted(variables.items())


def bench():
    return run(generate_program(STATEMENTS))


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
