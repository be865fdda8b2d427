"""Record code-generator test cases: CPython 3.14's codegen output and final code objects.

Run under CPython 3.14 (it needs _testinternalcapi):
    cd <worktree> && /work/shared/tools/python3.14 tools/gen-codegen-cases.py \
        > src/test/resources/compiler/codegen-cases-3.14.txt

Same format and machinery as tools/gen-flowgraph-cases.py (which this script loads): per code
unit, the pseudo-instruction sequence of _testinternalcapi.compiler_codegen with constants and
metadata, then CPython's final co_code, co_consts, co_names, tables and stack size.
CodegenCasesTest runs Ember's code generator on every snippet and compares both sides.
These snippets cover the code generator construct by construct, at module level and nested.
"""
import os

_here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(_here, "gen-flowgraph-cases.py")) as _f:
    _src = _f.read()
_src = _src[:_src.rindex("\nmain()")]
_ns = {"__name__": "gen_flowgraph_cases", "__file__": os.path.join(_here, "gen-flowgraph-cases.py")}
exec(compile(_src, "gen-flowgraph-cases.py", "exec"), _ns)
_ns["CASES"].clear()
case = _ns["case"]

def f(body):
    """Wraps statements into a function body."""
    return "def f(a, b, c):\n" + "".join("    " + line + "\n" for line in body.split("\n"))

# ---- names and constants ----
case("cg_mod_names", "x = 1\ny = x\ndel x\nprint(y)\n")
case("cg_mod_constants", "a = None, True, False, ..., 1, 1.5, 2j, 'cd', b'ef', 10**30\n")
case("cg_fn_names", f("x = a\nglobal G\nG = x\nreturn G, len"))
case("cg_fn_del", f("x = a\ndel x\ndel a.b, a[0]\ndel b[1:2]"))
case("cg_nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        del x\n    return g\n")
case("cg_mangling", "class C:\n    __x = 1\n    def m(self):\n        return self.__y, __z\n")
# ---- operators ----
case("cg_binops", f("return a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b, a << b, a >> b, a & b, a | b, a ^ b"))
case("cg_unary", f("return -a, +a, ~a, not a"))
case("cg_mod_binops", "x = a + b * c - d / e\ny = -x ** 2\n")
case("cg_compare_all", f("return a == b, a != b, a < b, a <= b, a > b, a >= b, a is b, a is not b, a in b, a not in b"))
case("cg_chained3", f("return a < b < c < 4"))
case("cg_chained_if", f("if a < b == c:\n    return 1\nif not a < b < c:\n    return 2"))
case("cg_boolops", f("return a and b and c, a or b or c, a and (b or c), (a or b) and c"))
case("cg_bool_jumps", f("if a and b or c:\n    return 1\nwhile a or not b:\n    a = c"))
case("cg_ifexp_nested", f("return a if b else c if a else b"))
case("cg_ifexp_cond", f("if (a if b else c):\n    return 1"))
case("cg_walrus_mod", "if (n := len(a)) > 10:\n    print(n)\n")
case("cg_augassign_all", f("a += 1\na -= 1\na *= 2\na /= 2\na //= 2\na %= 2\na **= 2\na @= b\na <<= 1\na >>= 1\na &= 1\na |= 1\na ^= 1"))
case("cg_augassign_targets", f("a.x += 1\na[b] *= 2\na[1:2] += b\na.y.z -= c"))
# ---- calls ----
case("cg_call_shapes", f("g()\ng(a)\ng(a, b)\ng(x=a)\ng(a, x=b)\ng(*a)\ng(**a)\ng(*a, *b)\ng(a, *b, c)\ng(x=1, **b)\ng(**a, **b)\ng(*a, x=1)\ng(**a, x=1)"))
case("cg_method_calls", f("a.m()\na.m(b)\na.m(x=b)\na.m(*b)\na.m(**b)\na.b.m(c)"))
case("cg_call_many_args", f("g(" + ", ".join("a%d" % i for i in range(40)) + ")"))
case("cg_call_many_kwargs", f("g(" + ", ".join("k%d=a" % i for i in range(20)) + ")"))
case("cg_method_many_args", f("a.m(" + ", ".join("x%d" % i for i in range(35)) + ")"))
case("cg_mod_calls", "print('x', sep='')\nimport os\nos.path.join('a', 'b')\n")
case("cg_call_multiline", f("g(\n    a,\n    b=c,\n)"))
case("cg_call_nested", f("return g(h(a), k(b)(c))"))
# ---- attributes, subscripts, slices ----
case("cg_attrs", f("a.b = c\nx = a.b.c\ndel a.d\nreturn x"))
case("cg_attr_multiline", f("return (a\n    .b\n    .c)"))
case("cg_subscripts", f("a[b] = c\nx = a[b][c]\ndel a[b]\nreturn a[1, 2], a[b, c]"))
case("cg_slices", f("return a[b:c], a[b:], a[:c], a[::b], a[b:c:2], a[1:2], a[:], a[::]"))
case("cg_slice_store", f("a[b:c] = c\na[1:2] = b\na[::2] = c\ndel a[b:c]"))
case("cg_slice_ext", f("return a[b:c, 1], a[..., 1:2]"))
# ---- containers ----
case("cg_tuple_list_set", f("return (a, b), [a, b], {a, b}, (), [], (a,)"))
case("cg_dict_shapes", f("return {}, {a: b}, {a: b, **c}, {**a, b: c}, {**a, **b}, {1: a, 'x': b}"))
case("cg_starred_builds", f("return (*a, b), [*a, *b], {*a, c}, (a, *b, c), [a, *b]"))
case("cg_big_list", f("return [" + ", ".join("a%d" % i for i in range(40)) + "]"))
case("cg_big_tuple_star", f("return (" + ", ".join("a%d" % i for i in range(35)) + ", *b)"))
case("cg_big_set", f("return {" + ", ".join("a%d" % i for i in range(33)) + "}"))
case("cg_big_dict", f("return {" + ", ".join("'k%d': a%d" % (i, i) for i in range(20)) + "}"))
case("cg_big_dict_star", f("return {**a, " + ", ".join("'k%d': b" % i for i in range(20)) + "}"))
case("cg_const_tuples", f("return (1, 2), ('a', (None, 2.5)), [1, 2, 3], {1, 2, 3}"))
case("cg_mod_containers", "x = [1, 2]\ny = {'a': x, 'b': (x, 3)}\nz = {*x, 4}\n")
# ---- assignments ----
case("cg_assign_chain", f("x = y = a\na.b = a[0] = c\nreturn x, y"))
case("cg_unpack_forms", f("x, y = a\n[x, y] = b\nx, *y = a\n*x, y = b\nx, *y, z = c\n(x, y), z = a\nreturn x, y, z"))
case("cg_unpack_targets", f("a.x, b[0], *c.y = 1, 2, 3"))
case("cg_mod_unpack", "a, b = 1, 2\na, b = b, a\nx, *y = range(5)\n")
case("cg_annassign_fn", f("x: int = 1\ny: str\na.b: int = 2\nreturn x"))
# ---- if/while/for ----
case("cg_if_elif", f("if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    x = 3\nelse:\n    x = 4\nreturn x"))
case("cg_mod_if", "if a:\n    x = 1\nelse:\n    x = 2\n")
case("cg_while_else_break", f("while a:\n    if b:\n        break\n    if c:\n        continue\n    a = g()\nelse:\n    return 1"))
case("cg_for_unpack", f("for x, y in a:\n    g(x, y)\nfor a.b in c:\n    pass\nfor a[0] in c:\n    pass"))
case("cg_for_nested_break", f("for x in a:\n    for y in b:\n        if x == y:\n            break\n    else:\n        continue\n    return x"))
case("cg_mod_for", "for i in range(3):\n    print(i)\nelse:\n    print('done')\n")
case("cg_mod_while", "i = 0\nwhile i < 3:\n    i += 1\n")
case("cg_return_in_loop", f("for x in a:\n    return x\nwhile b:\n    return c"))
case("cg_return_forms", f("if a:\n    return\nif b:\n    return (\n        c)\nreturn None"))
# ---- functions ----
case("cg_def_defaults", "def f(a, b=1, *args, c, d=2, **kw):\n    return a\n")
case("cg_def_posonly_defaults", "def f(a=1, /, b=2, *, c=3):\n    return a\n")
case("cg_def_kwonly_nodefault", "def f(*, a, b=1, c):\n    return a\n")
case("cg_def_decorators", "@dec\n@dec2(1)\ndef f():\n    pass\n")
case("cg_def_decorated_class", "@dec\nclass C:\n    pass\n")
case("cg_def_docstrings", "def f():\n    '''Doc.\n\n        Indented.\n    '''\n    return 1\ndef g():\n    'x'\n")
case("cg_def_nested_closure", "def f(a):\n    b = 1\n    def g(c):\n        return a + b + c\n    return g\n")
case("cg_def_closure_decorator", "def f(d):\n    @d\n    def g():\n        return d\n    return g\n")
case("cg_def_in_class_closure", "def f(x):\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n")
case("cg_generator", "def f(a):\n    yield\n    x = yield a\n    yield from a\n    return x\n")
case("cg_generator_return_loop", "def f(a):\n    for x in a:\n        yield x\n")
case("cg_coroutine", "async def f(a):\n    await a\n    x = await a.b()\n    return x\n")
case("cg_async_generator", "async def f(a):\n    async for x in a:\n        yield x\n    await a\n")
case("cg_async_with_multi", "async def f(a, b):\n    async with a as x, b as y:\n        return x, y\n")
case("cg_async_for_else", "async def f(a):\n    async for x in a:\n        if x:\n            break\n    else:\n        return 1\n")
case("cg_async_with_return", "async def f(a):\n    async with a:\n        return 1\n")
case("cg_recursive", "def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\n")
case("cg_method_flags", "class C:\n    def m(self, *a, **k):\n        return a, k\n    @staticmethod\n    def s():\n        pass\n")
case("cg_def_global_qualname", "def f():\n    global g\n    def g():\n        pass\n")
# ---- lambda ----
case("cg_lambda", "f = lambda: 1\ng = lambda a, b=2, *c, d=3, **e: a + b\n")
case("cg_lambda_closure", "def f(x):\n    return lambda y: x + y\n")
case("cg_lambda_gen", "f = lambda: (yield)\n")
case("cg_lambda_in_class", "class C:\n    f = lambda self: self\n")
# ---- classes ----
case("cg_class_bases_kw", "class C(A, B, metaclass=M, x=1):\n    pass\n")
case("cg_class_star_bases", "class C(*bases, **kw):\n    pass\n")
case("cg_class_docstring", "class C:\n    '''Doc.'''\n    x = 1\n")
case("cg_class_super0", "class C(B):\n    def m(self):\n        return super().m()\n    def n(self, x):\n        return super().n\n")
case("cg_class_super2", "class C(B):\n    def m(self):\n        return super(C, self).m(1)\n")
case("cg_class_classcell", "class C:\n    def m(self):\n        return __class__\n")
case("cg_class_static_attrs", "class C:\n    def __init__(self):\n        self.x = 1\n        self.y, self.z = 2, 3\n        self.w += 1\n    def m(self):\n        self.a = 0\n")
case("cg_class_nested", "class A:\n    class B:\n        def m(self):\n            pass\n")
case("cg_class_in_func_free", "def f():\n    x = 1\n    class C:\n        y = x\n    return C\n")
case("cg_class_private", "class C:\n    def __m(self):\n        return self.__x\n    __y = __m\n")
# ---- comprehensions ----
case("cg_listcomp_mod", "xs = [x * 2 for x in range(3) if x]\n")
case("cg_setcomp_mod", "s = {x for x in 'abc'}\n")
case("cg_dictcomp_mod", "d = {k: v for k, v in items}\n")
case("cg_genexp_mod", "g = (x for x in range(3))\n")
case("cg_comp_nested_fn", f("return [x + y for x in a for y in b if x if y]"))
case("cg_comp_in_comp", f("return [[y for y in x] for x in a]"))
case("cg_comp_closure", f("return [lambda: x for x in a]"))
case("cg_comp_cell_outer", "def f(a):\n    x = 1\n    g = lambda: x\n    return [x for x in a], g\n")
case("cg_comp_class", "class C:\n    a = 1\n    xs = [x + 1 for x in range(a)]\n")
case("cg_comp_walrus", f("return [y := x for x in a], y"))
case("cg_comp_temp_idiom", f("return [y for x in a for y in [x * 2]]"))
case("cg_genexp_fn", f("return (x for x in a if x), sum(x for x in b)"))
case("cg_genexp_nested", f("return ((x, y) for x in a for y in b)"))
case("cg_async_comp_in_async", "async def f(a):\n    return [x async for x in a], {x: 1 async for x in a}\n")
case("cg_async_genexp", "async def f(a):\n    return (x async for x in a)\n")
case("cg_await_in_comp", "async def f(a):\n    return [await x for x in a]\n")
case("cg_dictcomp_fn", f("return {k: v for k, v in a.items() if v}"))
case("cg_comp_global", "xs = [g(x) for x in range(3)]\n")
# ---- try/except/finally ----
case("cg_try_multi_handlers", f("try:\n    g()\nexcept A:\n    pass\nexcept (B, C) as e:\n    h(e)\nexcept:\n    raise"))
case("cg_try_else_finally", f("try:\n    g()\nexcept A:\n    h()\nelse:\n    k()\nfinally:\n    m()"))
case("cg_try_finally_return", f("try:\n    return a\nfinally:\n    g()"))
case("cg_try_in_loop", f("for x in a:\n    try:\n        g(x)\n    except E:\n        continue\n    finally:\n        h()"))
case("cg_try_return_in_handler", f("try:\n    g()\nexcept E as e:\n    return e"))
case("cg_try_break_in_handler", f("while a:\n    try:\n        g()\n    except E as e:\n        break"))
case("cg_mod_try", "try:\n    import x\nexcept ImportError:\n    x = None\n")
case("cg_try_nested_finally", f("try:\n    try:\n        g()\n    finally:\n        h()\nfinally:\n    k()"))
case("cg_except_star_fn", f("try:\n    g()\nexcept* A:\n    pass\nexcept* B as e:\n    h(e)"))
case("cg_except_star_finally", f("try:\n    g()\nexcept* A as e:\n    h(e)\nelse:\n    k()\nfinally:\n    m()"))
# ---- with ----
case("cg_with_forms", f("with a:\n    pass\nwith a as x, b as y:\n    g(x, y)\nwith a as (x, y):\n    pass"))
case("cg_with_break_continue", f("for x in a:\n    with b:\n        if x:\n            break\n        continue"))
case("cg_mod_with", "with open('f') as fh:\n    data = fh.read()\n")
case("cg_with_in_try", f("try:\n    with a as x:\n        return x\nexcept E:\n    pass"))
# ---- raise / assert ----
case("cg_raise_forms", f("if a:\n    raise\nif b:\n    raise E\nraise E(a) from b"))
case("cg_assert_forms", f("assert a\nassert a, 'msg'\nassert a and b, g(c)"))
case("cg_mod_assert", "assert x, 'bad'\n")
# ---- imports ----
case("cg_import_forms", "import a\nimport a.b\nimport a.b.c as d\nimport a as b, c\n")
case("cg_from_import_forms", "from a import b\nfrom a import b as c, d\nfrom . import e\nfrom ..a.b import f\n")
case("cg_import_star", "from os import *\n")
case("cg_import_in_class", "class C:\n    import os\n    from os import path as p\n")
case("cg_method_on_import", "import os\nos.getcwd()\ndef f():\n    return os.getcwd()\n")
# ---- match ----
case("cg_match_capture_wildcard", f("match a:\n    case x if x > 0:\n        return x\n    case _:\n        return 0"))
case("cg_match_singletons", f("match a:\n    case None:\n        return 1\n    case True:\n        return 2\n    case False:\n        return 3"))
case("cg_match_values", f("match a:\n    case 1 | 2:\n        return 1\n    case -1:\n        return 2\n    case 'x':\n        return 3\n    case 1 + 2j:\n        return 4"))
case("cg_match_sequences", f("match a:\n    case []:\n        return 0\n    case [x]:\n        return x\n    case (x, y):\n        return y\n    case [x, *rest]:\n        return rest\n    case [*_, last]:\n        return last"))
case("cg_match_star_middle", f("match a:\n    case [first, *_, last]:\n        return first, last\n    case [*_]:\n        return 0"))
case("cg_match_mappings", f("match a:\n    case {}:\n        return 0\n    case {'x': x, 'y': y}:\n        return x + y\n    case {'k': 1, **rest}:\n        return rest"))
case("cg_match_classes", f("match a:\n    case Point(x=0, y=0):\n        return 0\n    case Point(1, y):\n        return y\n    case int():\n        return 1\n    case C(a, b, c=d):\n        return d"))
case("cg_match_or_capture", f("match a:\n    case [x, 1] | [1, x]:\n        return x\n    case (1 | 2) as y:\n        return y"))
case("cg_match_as_nested", f("match a:\n    case [(1 | 2) as x, [y, z] as w]:\n        return x, y, z, w"))
case("cg_match_mod", "match cmd.split():\n    case ['go', direction]:\n        go(direction)\n    case ['quit']:\n        quit()\n    case _:\n        pass\n")
case("cg_match_single_default", f("match a:\n    case _:\n        return 1"))
case("cg_match_guard_default", f("match a:\n    case 1:\n        pass\n    case _ if b:\n        return 2"))
case("cg_match_attr_values", f("match a:\n    case m.X | m.Y:\n        return 1\n    case m.Z:\n        return 2"))
# ---- f-strings ----
case("cg_fstring_forms", f("return f'{a}', f'{a!r}', f'{a!s}', f'{a!a}', f'{a:>10}', f'{a:{b}}', f'x{a}y{b}z'"))
case("cg_fstring_nested_spec", f("return f'{a:{b}.{c}f}', f'{a=}', f'{a!r:^{b}}'"))
case("cg_fstring_many", f("return f'" + "".join("{a%d}-" % i for i in range(32)) + "'"))
case("cg_fstring_mod", "name = 'x'\nprint(f'hello {name}!')\n")
# ---- generators, yield, await ----
case("cg_yield_expr_forms", "def f():\n    x = yield\n    y = yield 1\n    z = yield from g()\n    return x, y, z\n")
case("cg_gen_in_try", "def f(a):\n    try:\n        yield a\n    except E:\n        yield 2\n    finally:\n        yield 3\n")
case("cg_async_gen_comp", "async def f(a):\n    yield [x async for x in a]\n")
# ---- whole programs ----
case("cg_program_bank", """class Account:
    '''A bank account.'''
    rate = 0.01
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f'bad amount {amount!r}')
        self.balance += amount
        return self.balance
    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'

def total(accounts):
    return sum(a.balance for a in accounts if a.balance > 0)

accounts = [Account(n, i * 10) for i, n in enumerate(['a', 'b', 'c'])]
for acc in accounts:
    try:
        acc.deposit(-1)
    except ValueError as e:
        print(e)
print(total(accounts))
""")
case("cg_program_parser", """import re

TOKEN = re.compile(r'\\d+|[-+*/()]')

def tokens(text):
    for m in TOKEN.finditer(text):
        yield m.group()

def parse(text):
    stack, out = [], []
    prec = {'+': 1, '-': 1, '*': 2, '/': 2}
    for tok in tokens(text):
        match tok:
            case '(':
                stack.append(tok)
            case ')':
                while stack and stack[-1] != '(':
                    out.append(stack.pop())
                stack.pop()
            case '+' | '-' | '*' | '/':
                while stack and stack[-1] != '(' and prec[stack[-1]] >= prec[tok]:
                    out.append(stack.pop())
                stack.append(tok)
            case _:
                out.append(int(tok))
    return out + stack[::-1]
""")
case("cg_program_async", """import asyncio

async def worker(name, queue, results):
    while True:
        item = await queue.get()
        try:
            async with asyncio.timeout(1):
                results[name] = results.get(name, 0) + item
        finally:
            queue.task_done()

async def main(n=3):
    queue = asyncio.Queue()
    results = {}
    tasks = [asyncio.create_task(worker(f'w{i}', queue, results)) for i in range(n)]
    for i in range(10):
        await queue.put(i)
    await queue.join()
    for t in tasks:
        t.cancel()
    return {k: v for k, v in sorted(results.items())}
""")
case("cg_program_closures", """def counter(start=0, *, step=1):
    count = start
    def incr(by=None):
        nonlocal count
        count += step if by is None else by
        return count
    def reset():
        nonlocal count
        count = start
    return incr, reset

def memo(fn):
    cache = {}
    def wrapper(*args, **kw):
        key = (args, tuple(sorted(kw.items())))
        if key not in cache:
            cache[key] = fn(*args, **kw)
        return cache[key]
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
""")
# ---- all()/any()/tuple() over a generator expression (inlined fast path) ----
case("cg_all_any_tuple", f("return all(x for x in a), any(x > 0 for x in b), tuple(x for x in c)"))
case("cg_all_mod", "ok = all(x for x in range(3))\n")
case("cg_all_shadowed", "def f(a, all):\n    return all(x for x in a)\n")
case("cg_tuple_two_args", f("return tuple(x for x in a), list(x for x in a), all(a)"))
# ---- t-strings ----
case("cg_tstring_forms", f("return t'{a}', t'x{a!r:>{b}}y', t''"))
# ---- not supported by Ember yet (kept so that the gap shows) ----
case("cg_generic_function", "def f[T](x):\n    return x\n")
case("cg_generic_class", "class C[T]:\n    pass\n")
case("cg_type_alias", "type Alias = list[int]\n")
case("cg_tstring", "name = 'x'\nt = t'hello {name}'\n")
case("cg_module_annotations", "x: int = 1\n")

_ns["main"]()
