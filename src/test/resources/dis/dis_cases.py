# dis cases (written for Ember): each snippet is disassembled with dis.dis(source) in several
# views. Run by CPython 3.14 to record dis-cases-3.14.txt, and by Ember in DisCasesTest; code
# object addresses are normalized by the test.
import dis

SNIPPETS = [
("expr_add", "a + b"),
("assign", "x = 1\ny = x * 2 + 300\n"),
("func_simple", "def f(a, b):\n    return a + b\n"),
("func_defaults", "def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\n"),
("for_loop", "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"),
("while_loop", "def f(n):\n    while n > 0:\n        n -= 1\n        if n == 5:\n            break\n    else:\n        n = -1\n    return n\n"),
("while_continue", "def f(xs):\n    i = 0\n    while i < len(xs):\n        i += 1\n        if xs[i - 1]:\n            continue\n        print(i)\n"),
("if_elif", "def f(x):\n    if x < 0:\n        return 'neg'\n    elif x == 0:\n        return 'zero'\n    else:\n        return 'pos'\n"),
("bool_ops", "def f(a, b, c):\n    return a and b or not c\n"),
("chained_compare", "def f(a, b, c):\n    return a < b <= c\n"),
("try_except", "def f():\n    try:\n        g()\n    except ValueError as e:\n        print(e)\n    except (TypeError, KeyError):\n        pass\n"),
("try_finally", "def f():\n    try:\n        return g()\n    finally:\n        h()\n"),
("try_else", "def f():\n    try:\n        x = g()\n    except Exception:\n        x = None\n    else:\n        x += 1\n    finally:\n        done()\n    return x\n"),
("try_star", "def f():\n    try:\n        g()\n    except* ValueError as eg:\n        print(eg)\n"),
("raise_from", "def f(x):\n    raise ValueError(x) from None\n"),
("with_stmt", "def f(path):\n    with open(path) as fh:\n        return fh.read()\n"),
("with_multi", "def f(a, b):\n    with a as x, b as y:\n        x.go(y)\n"),
("async_with", "async def f(a):\n    async with a as x:\n        await x\n"),
("async_for", "async def f(a):\n    async for x in a:\n        print(x)\n"),
("await_expr", "async def f(x):\n    return await x\n"),
("listcomp", "def f(xs):\n    return [x * 2 for x in xs if x]\n"),
("setcomp", "def f(xs):\n    return {x for x in xs}\n"),
("dictcomp", "def f(xs):\n    return {k: v for k, v in xs.items()}\n"),
("nested_comp", "def f(m):\n    return [y for row in m for y in row]\n"),
("genexp", "def f(xs):\n    return sum(x * x for x in xs)\n"),
("module_comp", "ys = [x for x in range(3)]\n"),
("closure", "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n"),
("nonlocal", "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n"),
("global_stmt", "def f():\n    global G\n    G = G + 1\n"),
("lambda", "f = lambda x, y=3: x * y\n"),
("generator", "def gen(n):\n    for i in range(n):\n        yield i\n    return 'done'\n"),
("yield_from", "def gen(g):\n    x = yield from g\n    return x\n"),
("gen_send", "def gen():\n    x = yield 1\n    y = yield x\n"),
("class_body", "class C:\n    x = 1\n    def m(self):\n        return self.x\n"),
("class_super", "class D(B):\n    def __init__(self, v):\n        super().__init__()\n        self.v = v\n"),
("class_decorators", "@dec\nclass E:\n    @staticmethod\n    def s():\n        pass\n    @property\n    def p(self):\n        return 1\n"),
("decorator", "@functools.cache\ndef f(n):\n    return n\n"),
("match_literal", "def f(x):\n    match x:\n        case 1:\n            return 'one'\n        case 'a' | 'b':\n            return 'letter'\n        case _:\n            return 'other'\n"),
("match_seq", "def f(p):\n    match p:\n        case [x, y]:\n            return x + y\n        case [x, *rest]:\n            return rest\n"),
("match_mapping", "def f(p):\n    match p:\n        case {'k': v, **rest}:\n            return v, rest\n"),
("match_class", "def f(p):\n    match p:\n        case Point(x=0, y=yy) if yy > 1:\n            return yy\n        case Point(a, b):\n            return a\n"),
("match_as", "def f(p):\n    match p:\n        case (1 | 2) as n:\n            return n\n        case None:\n            return 0\n"),
("fstring", "def f(name, n):\n    return f'{name!r}: {n:>10} {n + 1}'\n"),
("fstring_nested", "def f(x, w):\n    return f'{x:{w}.{w}f}={x!s}'\n"),
("call_kw", "def f(g):\n    return g(1, 2, key=3, other='x')\n"),
("call_star", "def f(g, a, k):\n    return g(*a, **k)\n"),
("method_call", "def f(obj):\n    return obj.method(1).other()\n"),
("subscript_slice", "def f(a, i):\n    a[i] = a[i:i + 2]\n    del a[0]\n    return a[::2]\n"),
("unpack", "def f(t):\n    a, (b, c), *d = t\n    return a, b, c, d\n"),
("augassign_attr", "def f(o):\n    o.x += 1\n    o[0] *= 2\n"),
("build_collections", "def f(a, b):\n    return [a, b], (a, b), {a, b}, {a: b}, [*a, *b], {**a, 'k': b}\n"),
("constants", "def f():\n    return (1, 2.5, 'three', None, True, ...), -1, 1 << 10, 'a' * 3\n"),
("big_int_consts", "def f():\n    return 300, 2 ** 70, 0.1\n"),
("import_stmts", "import os.path\nfrom collections import OrderedDict as OD, deque\nfrom . import sibling\n"),
("assert_stmt", "def f(x):\n    assert x > 0, 'must be positive'\n"),
("del_names", "def f():\n    x = 1\n    del x\n    return x\n"),
("unbound_local", "def f(c):\n    if c:\n        y = 1\n    return y\n"),
("walrus", "def f(xs):\n    if (n := len(xs)) > 3:\n        return n\n"),
("ternary", "def f(a):\n    return 1 if a else 2\n"),
("is_in", "def f(a, b):\n    return a is None, a is not b, a in b, a not in b\n"),
("return_none", "def f():\n    pass\n"),
("docstring", "def f():\n    \"\"\"Doc.\"\"\"\n    return 1\n"),
("many_locals", "def f():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(20)) + "    return v0 + v19\n"),
("long_jump", "def f(x):\n    while x:\n" + "".join("        x = x.m%d(x)\n" % i for i in range(70)) + "    return x\n"),
("type_params", "def first[T](xs: list[T]) -> T:\n    return xs[0]\n"),
("type_alias", "type Pair[K] = tuple[K, K]\n"),
("annotations_mod", "x: int = 1\ny: str\n"),
("star_expr_call", "print(*[1, 2], sep='-')\n"),
("nested_funcs_depth", "def a():\n    def b():\n        def c():\n            return 3\n        return c\n    return b\n"),
("kwonly_lambda", "g = lambda *, k=1: k\n"),
("tstring", "def f(x):\n    return t'value {x!r:>4}'\n"),
("try_in_loop", "def f(xs):\n    for x in xs:\n        try:\n            x()\n        except Exception:\n            continue\n        finally:\n            print('f')\n"),
("return_in_with", "def f(a):\n    with a:\n        for x in a:\n            if x:\n                return x\n"),
]

VIEWS = {
    "caches": dict(show_caches=True),
    "offsets": dict(show_offsets=True),
    "positions": dict(show_positions=True),
    "adaptive": dict(adaptive=True),
    "all": dict(show_caches=True, show_offsets=True, show_positions=True),
}
# the snippets also shown with the extra views
VIEW_SNIPPETS = ["func_simple", "for_loop", "try_except", "with_stmt", "method_call", "generator",
                 "listcomp", "match_class", "long_jump"]


def instruction_fields(source):
    code = dis.Bytecode(source).codeobj
    for x in code.co_consts:
        if hasattr(x, "co_consts") and hasattr(x, "co_name"):
            code = x
            break
    for ins in dis.get_instructions(code):
        print(ins.opname, ins.opcode, ins.arg, repr(ins.argval) if not hasattr(ins.argval, 'co_name') else '<code>',
              repr(ins.argrepr), ins.offset, ins.start_offset, ins.starts_line, ins.line_number, ins.label,
              tuple(ins.positions), ins.is_jump_target, ins.jump_target, ins.baseopname, ins.baseopcode,
              ins.cache_info, ins.cache_offset, ins.end_offset, ins.oparg)
    print(dis.findlabels(code.co_code))
    dis.dis(code.co_code)
    dis.dis(code.co_code, show_caches=True, show_offsets=True)


def main():
    for name, source in SNIPPETS:
        print("### " + name)
        dis.dis(source)
        if name in VIEW_SNIPPETS:
            for view, kwargs in VIEWS.items():
                print("### " + name + " [" + view + "]")
                dis.dis(source, **kwargs)
            print("### " + name + " [instructions]")
            instruction_fields(source)
            print("### " + name + " [code_info]")
            print(dis.code_info(source))
            print("### " + name + " [depth0]")
            dis.dis(source, depth=0)
            print("### " + name + " [Bytecode]")
            bytecode = dis.Bytecode(source)
            print(bytecode.dis(), end="")
            print(bytecode.info())
            print([ins.opname for ins in bytecode][:5], bytecode.first_line)
            print("### " + name + " [linestarts]")
            print(list(dis.findlinestarts(bytecode.codeobj)))
            for x in bytecode.codeobj.co_consts:
                if hasattr(x, "co_lines"):
                    print(list(dis.findlinestarts(x)))
                    print(dis.Bytecode(x, first_line=100).dis(), end="")
                    dis.show_code(x)


main()
