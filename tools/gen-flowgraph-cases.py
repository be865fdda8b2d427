"""Record compiler test cases for Ember's flow graph, optimizer and assembler.

Run under CPython 3.14 (it needs _testinternalcapi):
    cd <worktree> && /work/shared/tools/python3.14 tools/gen-flowgraph-cases.py \
        > src/test/resources/compiler/flowgraph-cases-3.14.txt

For every snippet it records, per code unit (the module and each nested function):
  * the input: the unoptimized pseudo-instruction sequence from _testinternalcapi.compiler_codegen
    (jump targets as instruction indices), the unit's constants as codegen numbered them, and the
    metadata the back end needs (names, localsplus, flags, counts, first line);
  * the expected output: CPython's final co_code, co_consts, co_names, co_linetable,
    co_exceptiontable and co_stacksize.

compiler_codegen does not report the constants table, so the script recovers it: each LOAD_CONST
takes its value from the AST node at the instruction's exact source location (or from what the
next instruction needs: a code object for MAKE_FUNCTION, keyword names for CALL_KW, the import
level/fromlist for IMPORT_NAME).  A unit whose constants cannot be recovered is reported on stderr
and left out; the Java test compares the final code byte for byte, so a wrong recovery shows.
"""
import _testinternalcapi, ast, dis, sys, types

CASES = []
def case(name, src):
    CASES.append((name, src))

# ---- straight-line code, constants, folding ----
case("module_assign", "x = 1\ny = x + 2\n")
case("docstring_module", "'''doc'''\nx = 1\n")
case("docstring_func", "def f():\n    '''doc'''\n    return 1\n")
case("return_none", "def f():\n    pass\n")
case("tuple_fold", "def f():\n    return (1, 2, 'a', None)\n")
case("list_fold", "def f():\n    return [1, 2, 3, 4]\n")
case("set_fold", "def f(x):\n    return x in {1, 2, 3}\n")
case("list_in_fold", "def f(x):\n    return x in [1, 2, 3]\n")
case("for_list_const", "def f():\n    for i in [1, 2, 3]:\n        print(i)\n")
case("unary_fold", "def f():\n    return -5, ~3, not 1, -2.5\n")
case("binop_fold", "def f():\n    return 2 ** 10, 7 // 2, 'ab' * 3, 1 + 2 * 3\n")
case("binop_limit", "def f():\n    return 'x' * 5000, 2 ** 200, (1,) * 100\n")
case("binop_div_zero", "def f():\n    return 1 / 0\n")
case("subscr_fold", "def f():\n    return (1, 2, 3)[1], 'abc'[0]\n")
case("big_int", "def f():\n    return 123456789012345678901234567890\n")
case("floats_complex", "def f():\n    return 1.5, 2j, 1 + 2j, -0.0\n")
case("bytes_const", "def f():\n    return b'abc', b''\n")
case("small_ints", "def f():\n    return 0, 255, 256, -1, -5\n")
case("nested_tuple_fold", "def f():\n    return ((1, 2), (3, (4, 5)))\n")
case("const_if_true", "def f():\n    if 1:\n        return 'a'\n    return 'b'\n")
case("const_if_false", "def f(x):\n    if 0:\n        x = 2\n    return x\n")
case("while_true", "def f(x):\n    while True:\n        if x():\n            break\n    return 1\n")
case("while_const_false", "def f():\n    while 0:\n        g()\n    return 3\n")
case("is_none", "def f(x):\n    if x is None:\n        return 1\n    if x is not None:\n        return 2\n")
case("not_cond", "def f(x):\n    if not x:\n        return 1\n    return 2\n")
case("bool_ops", "def f(a, b, c):\n    return a and b or c\n")
case("bool_ops_if", "def f(a, b, c):\n    if a and (b or c):\n        return 1\n    return 0\n")
case("ifexp", "def f(a):\n    return 1 if a else 2\n")
case("chained_compare", "def f(a, b, c):\n    return a < b < c\n")
case("chained_compare_if", "def f(a, b, c):\n    if a < b <= c:\n        return 1\n")
case("compare_to_bool", "def f(a, b):\n    if a == b:\n        return 1\n    x = a != b\n    return x\n")
case("walrus", "def f(xs):\n    if (n := len(xs)) > 3:\n        return n\n    return 0\n")
case("swap_assign", "def f(a, b):\n    a, b = b, a\n    return a, b\n")
case("swap3_assign", "def f(a, b, c):\n    a, b, c = c, a, b\n    return a\n")
case("unpack", "def f(t):\n    a, b, c = t\n    x, *y = t\n    return a + b + c\n")
case("superinstr", "def f(a, b):\n    c = a + b\n    d = c\n    e, g = a, b\n    return c, d, e, g\n")
case("superinstr_lines", "def f(a, b):\n    x = a\n    y = (\n      b)\n    return x + y\n")
case("augassign", "def f(a):\n    a += 1\n    a.x += 2\n    a[0] -= 3\n    return a\n")
case("attr_subscr", "def f(a):\n    a.b = a.c\n    a[1] = a[2:3]\n    del a[0]\n    return a.d.e\n")
case("calls", "def f(a):\n    g(a, 1)\n    a.m(2)\n    g(x=1, y=a)\n    g(*a, **a)\n")
case("globals_builtins", "def f():\n    global G\n    G = len(G)\n    return G\n")
case("fstring", "def f(a, b):\n    return f'{a}-{b!r:>10}' + f''\n")
case("strings_join", "def f(a):\n    return 'a' 'b', f'x{a}y'\n")
case("lambda", "f = lambda x, y=2: x + y\n")
case("defaults", "def f(a, b=1, *, c=(1, 2), d=None):\n    return a\n")
case("kwonly_posonly", "def f(a, /, b, *, c):\n    return a, b, c\n")
case("varargs", "def f(*args, **kw):\n    return len(args) + len(kw)\n")
case("import", "import os\nimport os.path as p\nfrom sys import argv, path as pp\nfrom . import x\n")
case("import_in_func", "def f():\n    import json\n    from os import sep\n    return json, sep\n")
case("assert_stmt", "def f(x):\n    assert x, 'bad'\n    assert x > 1\n")
case("raise_stmt", "def f(x):\n    if x:\n        raise ValueError('v') from None\n    raise\n")
case("class_def", "class C:\n    x = 1\n    def m(self):\n        return self.x\n")
case("slice_ops", "def f(a):\n    return a[1:2], a[::2], a[:-1]\n")
case("dict_build", "def f(a):\n    return {'a': 1, 'b': a}, {1: 2}, {**a}\n")
case("set_list_build", "def f(a):\n    return {a, 1}, [a, 2], [*a, 3], (*a, 4)\n")
# ---- loops ----
case("for_loop", "def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n")
case("for_else", "def f(xs):\n    for x in xs:\n        if x:\n            break\n    else:\n        return 1\n    return 2\n")
case("for_continue", "def f(xs):\n    for x in xs:\n        if x > 2:\n            continue\n        g(x)\n")
case("while_loop", "def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n")
case("while_else", "def f(n):\n    while n:\n        n -= 1\n        if n == 5:\n            break\n    else:\n        n = 9\n    return n\n")
case("nested_loops", "def f(a, b):\n    for i in a:\n        for j in b:\n            if i == j:\n                return i\n    return None\n")
case("loop_var_after", "def f(xs):\n    for x in xs:\n        pass\n    return x\n")
case("range_loop", "def f():\n    s = 0\n    for i in range(10):\n        s += i * i\n    return s\n")
# ---- comprehensions, generators ----
case("listcomp", "def f(xs):\n    return [x * 2 for x in xs if x]\n")
case("setcomp_dictcomp", "def f(xs):\n    return {x for x in xs}, {x: 1 for x in xs}\n")
case("nested_comp", "def f(m):\n    return [y for row in m for y in row]\n")
case("genexp", "def f(xs):\n    return sum(x for x in xs)\n")
case("generator", "def f(n):\n    for i in range(n):\n        yield i\n    return 5\n")
case("yield_from", "def f(g):\n    x = yield from g\n    yield x\n")
case("gen_try", "def f():\n    try:\n        yield 1\n    finally:\n        print('x')\n")
case("comp_shadow", "def f(x):\n    y = [x for x in range(3)]\n    return x, y\n")
case("async_func", "async def f(a):\n    x = await a\n    return x\n")
case("async_for_with", "async def f(a):\n    async for x in a:\n        pass\n    async with a as b:\n        return b\n")
# ---- exceptions ----
case("try_except", "def f():\n    try:\n        g()\n    except ValueError:\n        return 1\n    return 2\n")
case("try_except_as", "def f():\n    try:\n        g()\n    except (A, B) as e:\n        h(e)\n")
case("try_except_else", "def f():\n    try:\n        x = g()\n    except Exception:\n        x = 0\n    else:\n        x += 1\n    return x\n")
case("try_finally", "def f():\n    try:\n        return g()\n    finally:\n        h()\n")
case("try_except_finally", "def f(a):\n    try:\n        a()\n    except E:\n        pass\n    finally:\n        a = 3\n    return a\n")
case("try_bare", "def f():\n    try:\n        g()\n    except:\n        raise\n")
case("try_star", "def f():\n    try:\n        g()\n    except* ValueError as e:\n        h(e)\n")
case("try_in_loop", "def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        except E:\n            continue\n        finally:\n            h()\n")
case("nested_try", "def f():\n    try:\n        try:\n            a()\n        except A:\n            b()\n    except B:\n        c()\n")
case("value_into_handler", "def f(a):\n    x = a\n    try:\n        g()\n    except E:\n        return x\n    return x\n")
case("with_stmt", "def f(p):\n    with open(p) as fh:\n        return fh.read()\n")
case("with_multi", "def f(a, b):\n    with a, b as c:\n        g(c)\n")
case("with_in_loop", "def f(xs):\n    for x in xs:\n        with x:\n            break\n")
# ---- locals: deletion, unbound, borrow ----
case("del_local", "def f():\n    x = 1\n    del x\n    return x\n")
case("del_between", "def f(a):\n    x = a\n    y = x\n    del x\n    return y\n")
case("maybe_unbound", "def f(c):\n    if c:\n        x = 1\n    return x\n")
case("unbound_loop", "def f(xs):\n    for i in xs:\n        if i:\n            y = i\n        print(y)\n")
case("param_del", "def f(a):\n    del a\n    a = 2\n    return a\n")
case("borrow_across_store", "def f(a, b):\n    return g(a, (a := b))\n")
case("borrow_loop", "def f(a):\n    x = a\n    while x:\n        x = x.next\n    return a\n")
case("closure", "def f(a):\n    def g():\n        return a\n    return g\n")
case("closure_cell_param", "def f(a, b):\n    a = 1\n    return lambda: a + b\n")
case("nonlocal", "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    g()\n    return x\n")
# ---- match ----
case("match_literal", "def f(x):\n    match x:\n        case 1:\n            return 'one'\n        case 'a' | 'b':\n            return 'ab'\n        case _:\n            return None\n")
case("match_seq", "def f(x):\n    match x:\n        case [a, b]:\n            return a + b\n        case [a, *rest]:\n            return rest\n")
case("match_map_class", "def f(x):\n    match x:\n        case {'k': v}:\n            return v\n        case Point(x=0, y=yy):\n            return yy\n        case str() as s if s:\n            return s\n")
# ---- line numbers ----
case("multiline_expr", "def f(a,\n      b):\n    return (a +\n            b *\n            a)\n")
case("pass_lines", "def f(x):\n    pass\n    if x:\n        pass\n    else:\n        pass\n    return x\n")
case("empty_body_loop", "def f(x):\n    while x():\n        pass\n")
case("ifs_no_else", "def f(a, b):\n    if a:\n        if b:\n            return 1\n    return 2\n")
case("return_in_if_else", "def f(a):\n    if a:\n        return 1\n    else:\n        return 2\n")
# ---- size ----
case("long_function", "def f(x):\n" + "".join(f"    if x == {i}:\n        x = x + {i}\n" for i in range(60)) + "    return x\n")
case("many_locals", "def f():\n" + "".join(f"    v{i} = {i}\n" for i in range(70)) + "    return v0 + v69 + v65\n")
case("many_consts", "def f():\n    return (" + "".join(f"'s{i}', g{i}, " for i in range(300)) + ")\n")
case("long_loop", "def f(xs):\n    for x in xs:\n" + "".join(f"        x = x * {i} + g(x, {i})\n" for i in range(40)) + "    return x\n")

# ---- harder control flow ----
case("return_in_finally_loop", "def f(xs):\n    for x in xs:\n        try:\n            if x:\n                break\n        finally:\n            g()\n    return 0\n")
case("finally_reraise", "def f():\n    try:\n        a()\n    finally:\n        try:\n            b()\n        except E:\n            pass\n")
case("try_return_both", "def f(x):\n    try:\n        return x()\n    except E:\n        return 2\n    finally:\n        print(3)\n")
case("gen_try_except", "def f(xs):\n    for x in xs:\n        try:\n            yield x\n        except E:\n            yield -x\n")
case("async_gen", "async def f(xs):\n    async for x in xs:\n        yield x\n")
case("await_in_with", "async def f(a):\n    async with a() as b, a() as c:\n        await b\n")
case("while_break_continue", "def f(n):\n    while n > 0:\n        n -= 1\n        if n % 2:\n            continue\n        if n > 100:\n            break\n        g(n)\n    else:\n        return -1\n    return n\n")
case("nested_ifs_const", "def f(a):\n    if a:\n        if True:\n            return 1\n        return 2\n    elif not 0:\n        return 3\n")
case("const_conditions", "def f(a):\n    x = 1 if 0 else 2\n    y = a if None else 3\n    while not 1:\n        pass\n    return x + y\n")
case("is_not_none_chain", "def f(a, b):\n    if a is not None and b is None:\n        return a\n    return None if a is None else b\n")
case("not_not", "def f(a):\n    x = not not a\n    if not (a and x):\n        return x\n    return not a\n")
case("compare_in_loop", "def f(xs, lo, hi):\n    n = 0\n    for x in xs:\n        if lo <= x < hi:\n            n += 1\n    return n\n")
case("del_multi", "def f(a):\n    x = y = a\n    del x, y\n    x = 3\n    return x\n")
case("del_in_branch", "def f(a):\n    x = a\n    if a:\n        del x\n    return x\n")
case("star_unpack", "def f(t):\n    a, *b, c = t\n    [d, e] = b\n    return a, b, c, d, e\n")
case("fstring_nested", "def f(x, w):\n    return f'{x:{w}.{w}}|{x!a}|{x=}'\n")
case("assert_const", "def f(x):\n    assert True\n    assert x, f'{x}'\n    return x\n")
case("lambda_defaults", "def f(a):\n    return lambda x=a, *y, z=1, **k: (x, y, z, k)\n")
case("closure_loop", "def f(xs):\n    fs = []\n    for x in xs:\n        fs.append(lambda: x)\n    return fs\n")
case("class_super", "class A(B):\n    def m(self):\n        return super().m() + __class__.__name__\n")
case("class_comp", "class C:\n    xs = [1, 2]\n    ys = [x * 2 for x in xs]\n")
case("global_del", "def f():\n    global G\n    del G\n")
case("match_or_guard", "def f(p):\n    match p:\n        case (0, y) | (y, 0) if y > 0:\n            return y\n        case {'a': 1, **rest}:\n            return rest\n        case [1, 2, *_]:\n            return 3\n        case None:\n            return 4\n")
case("match_class_pos", "def f(p):\n    match p:\n        case Point(0, 0):\n            return 'origin'\n        case Point(x, y=0):\n            return x\n        case int(n) | float(n):\n            return n\n")
case("walrus_in_comp", "def f(xs):\n    return [y for x in xs if (y := g(x)) is not None]\n")
case("dict_comp_cond", "def f(d):\n    return {k: v for k, v in d.items() if v}\n")
case("genexp_nested", "def f(m):\n    return list(x for row in m for x in row if x)\n")
case("yield_expr", "def f():\n    x = yield\n    y = yield x\n    return (yield y)\n")
case("swap_store_same", "def f(a):\n    a, a = 1, 2\n    b = b = a\n    return a, b\n")
case("tuple_unpack_consts", "def f():\n    a, b = 1, 2\n    c, d, e = 'x', None, 3.0\n    return a, b, c, d, e\n")
case("power_folds", "def f():\n    return 2 ** -1, (-2) ** 2, 10 ** 40, 2 ** 0.5, 7 % -3, -7 // 2, 7.5 % 2\n")
case("shift_folds", "def f():\n    return 1 << 100, 1 << 200, -8 >> 1, 5 & 3, 5 | 8, True & False, 6 ^ 3\n")
case("string_folds", "def f():\n    return 'ab' + 'cd', b'x' * 3, (1, 2) + (3,), 'é' * 2, 'abc'[-1], (1, 2, 3)[5:] if 0 else 0\n")
case("invert_bool", "def f():\n    return ~True, ~5, -True, +False, not None\n")
case("list_to_tuple_fold", "def f():\n    return (*[1, 2, 3],), tuple([4, 5])\n")
case("large_tuple", "def f():\n    return (" + ", ".join(str(i) for i in range(40)) + ")\n")
case("many_jump_targets", "def f(x):\n    while x:\n" + "".join(f"        if x == {i}:\n            x = g(x, {i}, {i+1}, {i+2}, {i+3})\n            continue\n" for i in range(25)) + "        x -= 1\n    return x\n")
case("extended_arg_names", "def f():\n" + "".join(f"    g{i}()\n" for i in range(300)) + "    return 0\n")
case("loop_in_handler", "def f(xs):\n    try:\n        g()\n    except E:\n        for x in xs:\n            h(x)\n    return 1\n")
case("return_none_paths", "def f(a):\n    if a:\n        return\n    g()\n")
case("module_level_loop", "for i in range(3):\n    if i:\n        print(i)\nelse:\n    x = 1\n")
case("module_try", "try:\n    import foo\nexcept ImportError:\n    foo = None\n")
case("module_with", "with open('x') as f:\n    data = f.read()\n")
case("raise_in_loop", "def f(xs):\n    for x in xs:\n        if x < 0:\n            raise ValueError(x)\n    return True\n")
case("borrow_call_args", "def f(a, b):\n    c = g(a, b)\n    a = c\n    return h(a, b, c)\n")
case("borrow_method", "def f(a):\n    return a.m(a.x, a)\n")
case("borrow_subscr_store", "def f(a, i):\n    a[i] = a[i - 1]\n    return a\n")
case("store_then_load_other_line", "def f(a):\n    b = a\n    c = b\n    return c\n")
case("load_fast_and_clear_comp", "def f(x):\n    x = [x for x in x]\n    return x\n")
case("unbound_after_except", "def f():\n    try:\n        x = g()\n    except E:\n        pass\n    return x\n")
case("except_star_multi", "def f():\n    try:\n        g()\n    except* A:\n        pass\n    except* B as e:\n        raise\n")
case("with_return_value", "def f(a):\n    with a as b:\n        if b:\n            return 1\n    return 2\n")
case("while_true_return", "def f():\n    while True:\n        x = g()\n        if x:\n            return x\n")
case("empty_except_pass", "def f():\n    try:\n        pass\n    except:\n        pass\n")
case("line_continuation_calls", "def f(a):\n    return g(\n        a,\n        h(a),\n    ).m(\n        a)\n")
case("positions_long_lines", "def f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb):\n    return aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa + bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n")
case("far_lines", "def f(a):\n    x = a\n" + "\n" * 300 + "    return x\n")

# ---- more scoping and unusual shapes ----
case("cell_param_used_late", "def f(a, b, c):\n    def g():\n        return c + a\n    b = 2\n    return g, b\n")
case("nested_closures", "def f(x):\n    def g(y):\n        def h():\n            return x + y\n        return h\n    return g\n")
case("class_in_func", "def f(a):\n    class C:\n        x = a\n        def m(self):\n            return a\n    return C\n")
case("generic_func", "def f[T](x: T) -> T:\n    return x\n")
# Annotations are left out: compiler_codegen does not return the __annotate__ unit of a module,
# and crashes (WebAssembly build) on a function with annotated locals.
case("async_comp", "async def f(xs):\n    return [x async for x in xs if await x]\n")
case("gen_with", "def f(p):\n    with open(p) as fh:\n        yield from fh\n")
case("try_finally_break_continue", "def f(xs):\n    for x in xs:\n        try:\n            if x:\n                continue\n            break\n        finally:\n            g(x)\n")
case("finally_return_override", "def f():\n    try:\n        return 1\n    finally:\n        g()\n        return 2\n")
case("except_in_except", "def f():\n    try:\n        a()\n    except A as e:\n        try:\n            b(e)\n        except B as e2:\n            c(e, e2)\n")
case("match_nested_seq", "def f(p):\n    match p:\n        case [[a, b], [c, *d]]:\n            return a, b, c, d\n        case [*_, x] if x:\n            return x\n")
case("match_value_attr", "def f(p):\n    match p:\n        case Color.RED:\n            return 1\n        case Color.GREEN | Color.BLUE:\n            return 2\n        case _:\n            return 3\n")
case("match_as_star", "def f(p):\n    match p:\n        case {'x': [1, *rest] as whole}:\n            return rest, whole\n        case (1 | 2) as n:\n            return n\n")
case("lambda_in_default", "def f(k=lambda x: x * 2):\n    return k(3)\n")
case("star_call_mix", "def f(a, *b, **c):\n    return g(1, *a, 2, *b, x=3, **c, y=4)\n")
case("augassign_attr_subscr_chain", "def f(a):\n    a.b.c[1] += 2\n    a[1:2] += [3]\n    return a\n")
case("conditional_import", "def f(flag):\n    if flag:\n        import os\n    else:\n        os = None\n    return os\n")
case("deep_nesting", "def f(a):\n    if a:\n        for x in a:\n            while x:\n                try:\n                    with x:\n                        if x > 1:\n                            return x\n                except E:\n                    x -= 1\n    return 0\n")
case("big_dict_literal", "def f(v):\n    return {" + ", ".join(f"'k{i}': v" for i in range(40)) + "}\n")
case("const_dict_literal", "def f():\n    return {" + ", ".join(f"{i}: {i}" for i in range(20)) + "}\n")
case("set_of_strings_in", "def f(x):\n    return x in {'a', 'b', 'c', 'd'}, x not in ('a', 'b')\n")
case("ellipsis_and_none", "def f():\n    x = ...\n    return x is None, x is ..., None\n")
case("unary_chain", "def f(a):\n    return -(-a), not not not a, ~~a, +-1\n")
case("long_string_concat", "def f():\n    return 'a' * 4096 + 'b', 'x' * 4097\n")
case("range_for_else_break", "def f(n):\n    for i in range(n):\n        if i == 3:\n            break\n    else:\n        i = -1\n    return i\n")
case("print_module", "print('hello')\nx = [1, 2, 3]\nprint(x[0] + x[-1])\n")
case("slice_folds", "def f():\n    return (1, 2, 3, 4)[1:], 'hello'[::-1], b'abcdef'[1:5:2], (1, 2)[5:], 'abc'[-2:], (1, 2, 3)[::0] if 0 else 1\n")
case("generator_cells_frees", "def f(a):\n    def g():\n        b = a\n        def h():\n            return b\n        yield h\n    return g\n")
case("defaults_other_line", "class C:\n    \"doc\"\n    x = 1\n    def m(self, a=None,\n          b=None, c=False):\n        pass\n")
case("complex_mixed_mode", "def f():\n    return 1 + -0.0j, 2 * (1 + 2j), 1.5 - 2j, (1 + 2j) - 1, -0.0 - 0j, 2j * 2j, (1 + 1j) * 0.5\n")
case("complex_division", "def f():\n    return (1 + 2j) / (3 - 4j), 1 / 2j, 2j / 4, (1 + 1j) / 0.5, 3 / (1e-300 + 1e300j), 1j / 0\n")
case("complex_power", "def f():\n    return (1 + 2j) ** 3, 2j ** -2, (1 + 1j) ** 0, 1j ** 2.0, (1 + 1j) ** 0.5, 0j ** 2\n")
case("set_equal_numbers", "def f(x):\n    return x in {1, True, 1.0, 2, 'a', 'a'}\n")
case("module_def_class_mix", "import sys\n\ndef main():\n    return sys.argv\n\nclass K:\n    pass\n\nif __name__ == '__main__':\n    main()\n")


# Longer programs of our own, one case per file.
import os as _os
_programs = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "flowgraph-programs")
for _name in sorted(_os.listdir(_programs)) if _os.path.isdir(_programs) else []:
    with open(_os.path.join(_programs, _name)) as _f:
        case("program_" + _name[:-3], _f.read())

# ---------------------------------------------------------------------------------------------
#  Serialization: a small tagged format the Java test parses.
# ---------------------------------------------------------------------------------------------
def ser(v, code_index):
    if v is None: return "N"
    if v is Ellipsis: return "E"
    if v is True: return "T"
    if v is False: return "F"
    if isinstance(v, int): return "i" + str(v)
    if isinstance(v, float): return "f" + v.hex()
    if isinstance(v, complex): return "c" + v.real.hex() + "," + v.imag.hex()
    if isinstance(v, str): return "s" + v.encode("utf-8").hex() + ";"
    if isinstance(v, bytes): return "b" + v.hex() + ";"
    if isinstance(v, tuple): return "(" + " ".join(ser(x, code_index) for x in v) + ")"
    if isinstance(v, frozenset):
        return "{" + " ".join(ser(x, code_index) for x in v) + "}"
    if isinstance(v, types.CodeType): return "@" + str(code_index[id(v)])
    if isinstance(v, slice):
        return "S(" + " ".join(ser(x, code_index) for x in (v.start, v.stop, v.step)) + ")"
    raise TypeError(type(v))

def ser_list(vs, code_index=None):
    return "[" + " ".join(ser(v, code_index) for v in vs) + "]"

# Constants a class body stores: the value depends on the name stored.
CLASS_BODY_CONSTS = {
    "__qualname__": lambda nodes, code: code.co_qualname,
    "__firstlineno__": lambda nodes, code: code.co_firstlineno,
    "__static_attributes__": lambda nodes, code: next(
        c for c in code.co_consts if isinstance(c, tuple)),
}

class Unrecoverable(Exception):
    pass

def nodes_by_location(tree):
    table = {}
    for node in ast.walk(tree):
        if hasattr(node, "lineno") and node.end_lineno is not None:
            key = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
            table.setdefault(key, []).append(node)
    return table

_kwdefault_names = {}

def pending_kwdefault_names(func):
    if id(func) not in _kwdefault_names:
        _kwdefault_names[id(func)] = [a.arg for a, d in zip(func.args.kwonlyargs, func.args.kw_defaults)
                                      if d is not None]
    return _kwdefault_names[id(func)]

_fstring_pieces = {}

def pending_fstring_pieces(node):
    if id(node) not in _fstring_pieces:
        _fstring_pieces[id(node)] = [v.value for v in node.values if isinstance(v, ast.Constant)]
    return _fstring_pieces[id(node)]

def pending_percent_pieces(node):
    if id(node) not in _fstring_pieces:
        import re
        parts = re.split(r"%[sra]", node.left.value)
        _fstring_pieces[id(node)] = [p.replace("%%", "%") for p in parts if p]
    return _fstring_pieces[id(node)]

_keyword_names = {}

def pending_keyword_names(call):
    if id(call) not in _keyword_names:
        _keyword_names[id(call)] = [k.arg for k in call.keywords if k.arg is not None]
    return _keyword_names[id(call)]

def recover_consts(insts, code, locs, nested_codes):
    if code.co_name == "__annotate__":
        # the format check's 2 and the annotated names: all used, in order, nothing folded
        used = {arg for op, arg, *_ in insts if op == dis.opmap["LOAD_CONST"]}
        if used == set(range(len(code.co_consts))):
            return list(code.co_consts)
        raise Unrecoverable("__annotate__ constants")
    values = {}
    nested = iter(nested_codes)
    return_consts = {id(n.value) for n in ast.walk(locs["tree"]) if isinstance(n, ast.Return)
                     and isinstance(n.value, ast.Constant)}
    pending_return = []
    for k, (op, arg, *loc) in enumerate(insts):
        if op == dis.opmap["NOP"]:
            # "return <constant>" across a finally/with: a NOP marks the constant's position and
            # the value is loaded, without location, after the unwinding code
            pending_return.extend((tuple(loc), n.value) for n in locs.get(tuple(loc), [])
                                  if id(n) in return_consts)
        if op != dis.opmap["LOAD_CONST"]:
            continue
        # loaded in place after all: not a late return
        pending_return[:] = [p for p in pending_return if p[0] != tuple(loc)]
        is_late_return = (loc[0] < 0 and pending_return and k + 1 < len(insts)
                          and dis.opname[insts[k + 1][0]] == "RETURN_VALUE")
        late_value = pending_return.pop(0)[1] if is_late_return else None
        if arg in values:
            continue
        if is_late_return:
            values[arg] = late_value
            continue
        nxt = dis.opname[insts[k + 1][0]] if k + 1 < len(insts) and insts[k + 1][0] < 256 else ""
        nodes = locs.get(tuple(loc), [])
        consts = [n for n in nodes if isinstance(n, ast.Constant)]
        funcs = [n for n in nodes if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))]
        if funcs and nxt != "MAKE_FUNCTION" and pending_kwdefault_names(funcs[0]):
            # keys of the keyword-only defaults dict, loaded at the def's location, in order
            values[arg] = pending_kwdefault_names(funcs[0]).pop(0)
        elif (calls := [n for n in nodes if isinstance(n, ast.Call)]) and nxt != "CALL_KW" and \
                pending_keyword_names(calls[0]):
            values[arg] = pending_keyword_names(calls[0]).pop(0)  # keys of CALL_FUNCTION_EX's dict
        elif typevars := [n for n in nodes if isinstance(n, (ast.TypeVar, ast.ParamSpec, ast.TypeVarTuple))]:
            values[arg] = typevars[0].name
        elif nxt == "MAKE_FUNCTION":
            values[arg] = next(nested)
        elif nxt == "CALL_KW":
            # a method call's location starts at the attribute name: match by the end
            calls = [n for n in ast.walk(locs["tree"]) if isinstance(n, ast.Call)
                     and ((n.end_lineno, n.end_col_offset) == (loc[1], loc[3])
                          or (n.func.lineno, n.func.end_lineno, n.func.col_offset,
                              n.func.end_col_offset) == tuple(loc))]
            if not calls: raise Unrecoverable(f"CALL_KW names at {loc}")
            values[arg] = tuple(kw.arg for kw in calls[0].keywords if kw.arg is not None)
        elif nxt == "LOAD_CONST" and k + 2 < len(insts) and dis.opname[insts[k + 2][0]] == "IMPORT_NAME":
            imp = [n for n in nodes if isinstance(n, (ast.Import, ast.ImportFrom))]
            if not imp: raise Unrecoverable("import")
            values[arg] = imp[0].level if isinstance(imp[0], ast.ImportFrom) else 0
        elif nxt == "IMPORT_NAME":
            imp = [n for n in nodes if isinstance(n, (ast.Import, ast.ImportFrom))]
            if not imp: raise Unrecoverable("import")
            values[arg] = (tuple(a.name for a in imp[0].names)
                           if isinstance(imp[0], ast.ImportFrom) else None)
        elif nxt == "MATCH_CLASS":
            cls = [n for n in nodes if isinstance(n, ast.MatchClass)]
            if not cls: raise Unrecoverable("match class")
            values[arg] = tuple(cls[0].kwd_attrs)
        elif consts:
            value = consts[0].value
            if id(consts[0]) in locs["docstrings"]:
                value = _testinternalcapi.compiler_cleandoc(value)  # docstrings are stored cleaned
            values[arg] = value
        elif nxt == "IS_OP":
            values[arg] = None
        elif nxt == "STORE_NAME" and code.co_names[insts[k + 1][1]] in CLASS_BODY_CONSTS:
            values[arg] = CLASS_BODY_CONSTS[code.co_names[insts[k + 1][1]]](nodes, code)

        elif (slices := [n for n in nodes if isinstance(n, ast.Slice)]) and all(
                e is None or isinstance(e, ast.Constant)
                for e in (slices[0].lower, slices[0].upper, slices[0].step)):
            values[arg] = slice(*(None if e is None else ast.literal_eval(e)
                                  for e in (slices[0].lower, slices[0].upper, slices[0].step)))
        elif percent := [n for n in nodes if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mod)
                         and isinstance(n.left, ast.Constant) and isinstance(n.left.value, str)]:
            # 'a %s b' % (x,) is compiled like an f-string: the literal pieces are constants
            pieces = pending_percent_pieces(percent[0])
            values[arg] = pieces.pop(0) if pieces else ""
        elif joined := [n for n in nodes if isinstance(n, ast.JoinedStr)]:
            pieces = pending_fstring_pieces(joined[0])
            values[arg] = pieces.pop(0) if pieces else ""
        elif (classes := [n for n in nodes if isinstance(n, ast.ClassDef)]) and nxt != "STORE_NAME":
            values[arg] = classes[0].name
        elif seqs := [n for n in nodes if isinstance(n, ast.MatchSequence)]:
            pats = seqs[0].patterns
            values[arg] = len(pats) - sum(isinstance(p, ast.MatchStar) for p in pats)
        elif maps := [n for n in nodes if isinstance(n, ast.MatchMapping)]:
            values[arg] = len(maps[0].keys)
        elif (returns := [n for n in nodes if isinstance(n, ast.Return)]) and isinstance(
                returns[0].value, ast.Constant):
            values[arg] = returns[0].value.value  # a constant return value loaded after unwinding
        else:
            values[arg] = None  # implicit None: returns, with-exits, sends, exception-name cleanup
    n = len(values)
    if code.co_flags & 0x4000000 and 0 not in values:  # CO_HAS_DOCSTRING: docstring is consts[0]
        values[0] = code.co_consts[0]
        n += 1
    if sorted(values) != list(range(n)):
        raise Unrecoverable(f"constant indices {sorted(values)}")
    return [values[i] for i in range(n)]

def localsplus(code):
    # kinds as CPython's localspluskinds: 0x20 local, 0x40 cell, 0x80 free, 0x10 hidden
    names, kinds = [], []
    for v in code.co_varnames:
        names.append(v); kinds.append(0x20 | (0x40 if v in code.co_cellvars else 0))
    for v in code.co_cellvars:
        if v not in code.co_varnames:
            names.append(v); kinds.append(0x40)
    for v in code.co_freevars:
        names.append(v); kinds.append(0x80)
    return names, kinds

def emit_unit(out, index, seq, code, locs, code_index, nested_codes):
    insts = seq.get_instructions()
    consts = recover_consts(insts, code, locs, nested_codes)
    names, kinds = localsplus(code)
    out.append(f"unit {index}")
    out.append(f"name {ser(code.co_name, None)}")
    out.append(f"qualname {ser(code.co_qualname, None)}")
    out.append(f"flags {code.co_flags}")
    out.append(f"argcount {code.co_argcount} {code.co_posonlyargcount} {code.co_kwonlyargcount}")
    out.append(f"firstlineno {code.co_firstlineno}")
    out.append(f"nlocals {code.co_nlocals}")
    out.append(f"names {ser_list(code.co_names)}")
    out.append(f"localsplus {ser_list(names)} {' '.join(map(str, kinds))}".rstrip())
    out.append(f"consts {ser_list(consts, code_index)}")
    for op, arg, *loc in insts:
        name = dis.opname[op] if op < 256 else PSEUDO[op]
        a = "-" if arg is None else str(arg)
        out.append(f"i {name} {a} {' '.join(map(str, loc))}")
    out.append(f"expect_code {code.co_code.hex()}")
    out.append(f"expect_consts {ser_list(code.co_consts, code_index)}")
    out.append(f"expect_names {ser_list(code.co_names)}")
    out.append(f"expect_linetable {code.co_linetable.hex()}")
    out.append(f"expect_exceptiontable {code.co_exceptiontable.hex()}")
    out.append(f"expect_stacksize {code.co_stacksize}")
    out.append("expect_lines " + " ".join(f"{a},{b},{-1 if l is None else l}" for a, b, l in code.co_lines()))
    out.append("expect_positions " + " ".join(
        ",".join(str(-1 if v is None else v) for v in p) for p in code.co_positions()))
    out.append("endunit")

PSEUDO = {256: "ANNOTATIONS_PLACEHOLDER", 257: "JUMP", 258: "JUMP_IF_FALSE", 259: "JUMP_IF_TRUE",
          260: "JUMP_NO_INTERRUPT", 261: "LOAD_CLOSURE", 262: "POP_BLOCK", 263: "SETUP_CLEANUP",
          264: "SETUP_FINALLY", 265: "SETUP_WITH", 266: "STORE_FAST_MAYBE_NULL"}

def units(seq, code):
    """(seq, code) pairs, depth first; nested seqs pair with code constants in order."""
    nested_codes = [c for c in code.co_consts if isinstance(c, types.CodeType)]
    nested_seqs = seq.get_nested()
    if len(nested_codes) != len(nested_seqs):
        # all()/any()/tuple() over a generator expression compile it twice (inlined fast path and
        # fallback); the two identical code objects merge into one constant
        deduped = []
        for s in nested_seqs:
            if not deduped or deduped[-1].get_instructions() != s.get_instructions():
                deduped.append(s)
        nested_seqs = deduped
    if len(nested_codes) != len(nested_seqs):
        raise Unrecoverable("nested units do not pair up")
    result = [(seq, code, nested_codes)]
    for s, c in zip(nested_seqs, nested_codes):
        result.extend(units(s, c))
    return result

def main():
    for k, v in dis._pseudo_ops.items() if hasattr(dis, "_pseudo_ops") else []:
        pass
    import opcode
    for name, num in opcode._specializations.items() if False else []:
        pass
    for name, num in getattr(opcode, "_pseudo_ops", {}).items():
        PSEUDO[num] = name
    out = []
    written = 0
    cases = CASES
    if "--files" in sys.argv:
        # ad-hoc runs over whole modules (not committed): gen-flowgraph-cases.py --files a.py ...
        paths = sys.argv[sys.argv.index("--files") + 1:]
        cases = [(p.replace("/", "_").replace(".", "_"), open(p).read()) for p in paths]
    for name, src in cases:
        if "--trace" in sys.argv:
            print("case", name, file=sys.stderr, flush=True)
        tree = ast.parse(src)
        seq, _ = _testinternalcapi.compiler_codegen(tree, "<case>", 0)
        code = compile(src, "<case>", "exec")
        locs = nodes_by_location(tree)
        locs["tree"] = tree
        locs["docstrings"] = {id(n.body[0].value) for n in ast.walk(tree)
                              if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                              and n.body and isinstance(n.body[0], ast.Expr)
                              and isinstance(n.body[0].value, ast.Constant)
                              and isinstance(n.body[0].value.value, str)}
        try:
            pairs = units(seq, code)
            code_index = {id(c): i for i, (_, c, _) in enumerate(pairs)}
            block = [f"case {name}", f"source {ser(src, None)}"]
            for i, (s, c, nested) in enumerate(pairs):
                emit_unit(block, i, s, c, locs, code_index, nested)
            block.append("endcase")
        except Unrecoverable as e:
            print(f"skipped {name}: {e}", file=sys.stderr)
            continue
        out.extend(block)
        written += 1
    print("# Generated by tools/gen-flowgraph-cases.py under CPython " + sys.version.split()[0])
    print("\n".join(out))
    print(f"cases: {written} of {len(cases)}", file=sys.stderr)

main()
