"""Records the expected outputs of AstDumpTest from a real CPython.

Reads a file of Python snippets separated by lines '#### MODE LABEL' (MODE is exec, eval, single
or func_type), parses each with type comments on, and writes for each: the tree in a small
serialized form that the Java test turns into Ast records (so the test does not depend on
Ember's parser), then ast.dump of it in several annotate/attributes/indent combinations.
Run once and commit the output; the tests never run CPython:
    python3.13 tools/gen-astdump-data.py src/test/resources/astdump/snippets.txt > src/test/resources/astdump/cases.txt
    python3.14 tools/gen-astdump-data.py src/test/resources/astdump/snippets314.txt > src/test/resources/astdump/cases314.txt
    python3.13 tools/gen-astdump-data.py --deep > src/test/resources/astdump/deep.txt
    python3.13 tools/gen-astdump-data.py --random > src/test/resources/astdump/random.txt

--random builds 250 random trees from every node class's _field_types (absent optional fields,
empty lists and None list items included), whatever the parser would never produce, and writes
them in the same format as the snippet cases.

--deep finds, for trees mixing nested blocks, nested lists and a long operator chain, the longest
chain `python -m ast` can still dump (its recursion limit), and writes the trees on both sides of
that edge with the last line `python -m ast` printed for each.

Serialized form: (Name v ...) a node with its _fields then _attributes; [v ...] a list; _ absent
(None in an optional field); N None; E Ellipsis; T/F booleans; i123 an int; fHEX a float by its
bits; jHEX an imaginary literal; bHEX bytes; "..." a str with every char outside printable ASCII
(and " and \\) written \\uXXXX as UTF-16 units, so lone surrogates survive.
"""
import ast
import struct
import sys

DUMP_FORMS = [(True, True, 3), (True, False, None), (False, False, None), (False, True, 2),
              (True, False, 0), (True, True, None)]


def ser_str(s):
    out = ['"']
    for ch in s:
        c = ord(ch)
        if 0x20 <= c < 0x7f and ch not in '"\\':
            out.append(ch)
        elif c > 0xffff:
            c -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)))
        else:
            out.append('\\u%04x' % c)
    out.append('"')
    return ''.join(out)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def ser(v, optional=False):
    if isinstance(v, ast.AST):
        cls = type(v)
        parts = [cls.__name__]
        for name in cls._fields + cls._attributes:
            value = getattr(v, name)
            if value is None and getattr(cls, name, ...) is None:
                parts.append('_')
            else:
                parts.append(ser(value))
        return '(' + ' '.join(parts) + ')'
    if isinstance(v, list):                      # None in a list (a Dict key for **) is Java null
        return '[' + ' '.join('_' if x is None else ser(x) for x in v) + ']'
    if v is None:
        return 'N'
    if v is Ellipsis:
        return 'E'
    if isinstance(v, bool):
        return 'T' if v else 'F'
    if isinstance(v, int):
        return 'i%d' % v
    if isinstance(v, float):
        return 'f' + bits(v)
    if isinstance(v, complex):
        assert v.real == 0.0
        return 'j' + bits(v.imag)
    if isinstance(v, bytes):
        return 'b' + v.hex()
    if isinstance(v, str):
        return ser_str(v)
    raise TypeError(type(v))


def snippets(path):
    mode = label = None
    lines = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#### '):
                if mode is not None:
                    yield mode, label, ''.join(lines)
                _, mode, label = line.rstrip('\n').split(' ', 2)
                lines = []
            else:
                lines.append(line)
    if mode is not None:
        yield mode, label, ''.join(lines)


def main(path):
    out = sys.stdout
    seen = set()
    for mode, label, source in snippets(path):
        tree = ast.parse(source, '<snippet>', mode, type_comments=True)
        seen.update(type(n).__name__ for n in ast.walk(tree))
        out.write('=== %s %s\n' % (mode, label))
        out.write('tree %s\n' % ser(tree))
        for annotate, attrs, indent in DUMP_FORMS:
            text = ast.dump(tree, annotate, attrs, indent=indent)
            out.write('dump %d %d %d %d\n' % (annotate, attrs, -1 if indent is None else indent, text.count('\n') + 1))
            out.write(text + '\n')
    # every concrete node class of this CPython must appear at least once
    missing = sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type)
                     and issubclass(getattr(ast, n), ast.AST) and getattr(ast, n)._fields
                     and n not in seen and n not in ('Interpolation', 'TemplateStr'))
    print('node classes not covered:', missing or 'none', file=sys.stderr)


def deep_source(blocks, lists, chain):
    lines = []
    for level in range(blocks):
        lines.append('    ' * level + 'if x:')
    lines.append('    ' * blocks + 'y = ' + '[' * lists + '+'.join(['1'] * chain) + ']' * lists)
    return '\n'.join(lines) + '\n'


def dumps_under_dash_m_ast(source):
    import subprocess
    import tempfile
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(source)
    result = subprocess.run([sys.executable, '-m', 'ast', f.name], capture_output=True, text=True)
    return result.returncode, (result.stdout + result.stderr).rstrip('\n').rsplit('\n', 1)[-1]


def deep():
    for blocks, lists in [(0, 0), (5, 0), (0, 7), (30, 40)]:
        lo, hi = 1, 1200                     # lo dumps, hi does not
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if dumps_under_dash_m_ast(deep_source(blocks, lists, mid))[0] == 0:
                lo = mid
            else:
                hi = mid
        for chain in (lo, hi):
            source = deep_source(blocks, lists, chain)
            status, last = dumps_under_dash_m_ast(source)
            tree = ast.parse(source)
            print('=== blocks=%d lists=%d chain=%d' % (blocks, lists, chain))
            print('tree %s' % ser(tree))
            print('status %d %s' % (status, last if status else 'ok'))


DEPRECATED = {'AugLoad', 'AugStore', 'Param', 'Suite', 'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis', 'Index',
              'ExtSlice', 'slice', 'Interpolation', 'TemplateStr'}


def concrete(base):
    found = []
    for sub in base.__subclasses__():
        if sub.__name__ not in DEPRECATED:
            found.append(sub) if sub._fields or not sub.__subclasses__() else None
            found.extend(concrete(sub))
    return [c for c in found if not c.__subclasses__() or c._fields]


def random_value(rnd, typ, depth):
    import types
    import typing
    origin = typing.get_origin(typ)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(typ) if a is not type(None)][0]
        return None if rnd.random() < 0.4 else random_value(rnd, inner, depth)
    if origin is list:
        (inner,) = typing.get_args(typ)
        count = 0 if rnd.random() < 0.4 or depth > 2 else rnd.randrange(1, 3)
        return [None if (inner is ast.expr and rnd.random() < 0.15) else random_value(rnd, inner, depth + 1)
                for _ in range(count)]
    if typ is str:
        return rnd.choice(['x', '', "it's", 'caf\xe9', '\n', 'a"b', 'u'])
    if typ is int:
        return rnd.choice([0, 1, -1, 115, 2**31 - 1])       # Ember's int fields are Java ints
    if typ is object:
        return rnd.choice([None, ..., True, False, 0, -5, 2**64, 1.5, 1e16, -0.0, float('inf'), 2j, 'text', b'by\'tes', ''])
    choices = concrete(typ) if typ.__subclasses__() else [typ]
    if depth > 2:                               # keep trees small: prefer classes without node fields
        leaves = [c for c in choices if not any(isinstance(t, type) and issubclass(t, ast.AST) and t.__subclasses__()
                                                for t in c._field_types.values())]
        choices = leaves or choices
    return random_node(rnd, rnd.choice(choices), depth + 1)


def random_node(rnd, cls, depth):
    node = cls()
    for name in cls._fields:
        setattr(node, name, random_value(rnd, cls._field_types[name], depth))
    for name in cls._attributes:
        setattr(node, name, rnd.randrange(0, 200))
    return node


RANDOM_DUMP_FORMS = [(True, False, None), (False, False, None), (False, True, 2), (True, False, 1)]


def random_trees():
    import random
    import warnings
    warnings.simplefilter('ignore', DeprecationWarning)    # nodes are built empty, then filled in
    rnd = random.Random(20261125)
    classes = [c for c in concrete(ast.AST) if c._fields]
    for k in range(250):
        cls = classes[k] if k < len(classes) else rnd.choice(classes)   # every class as a root, then at random
        tree = random_node(rnd, cls, 0)
        print('=== random %d %s' % (k, cls.__name__))
        print('tree %s' % ser(tree))
        for annotate, attrs, indent in RANDOM_DUMP_FORMS:
            text = ast.dump(tree, annotate, attrs, indent=indent)
            print('dump %d %d %d %d' % (annotate, attrs, -1 if indent is None else indent, text.count('\n') + 1))
            print(text)


if __name__ == '__main__':
    if sys.argv[1] == '--random':
        random_trees()
    elif sys.argv[1] == '--deep':
        deep()
    else:
        main(sys.argv[1])
