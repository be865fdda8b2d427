"""ast.unparse for Ember: writes a tree back as source, with the parentheses that operator
precedence needs and no others, and strings quoted to avoid backslashes where possible."""

import sys
from _ast import *

# Operator precedence, lowest first. An operand is parenthesized when the context asks for a
# higher precedence than the operand's own.
(NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ARITH, TERM,
 FACTOR, POWER, AWAIT, ATOM) = range(18)
EXPR = BOR

SINGLE_QUOTES = ("'", '"')
MULTI_QUOTES = ('"""', "'''")
ALL_QUOTES = SINGLE_QUOTES + MULTI_QUOTES
INFINITY = '1e' + repr(sys.float_info.max_10_exp + 1)

BINARY = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT),
    'BitOr': ('|', BOR), 'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND),
    'FloorDiv': ('//', TERM), 'Pow': ('**', POWER),
}
UNARY = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR),
         'USub': ('-', FACTOR)}
COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
BOOLEAN = {'And': ('and', AND), 'Or': ('or', OR)}


def quote_literal(text, quote_types=ALL_QUOTES, escape_whitespace=False):
    """(body, usable quotes) for writing text as a string literal without backslashes where
    the quotes allow; falls back to repr's escapes."""
    def escape(char):
        if not escape_whitespace and char in '\n\t':
            return char
        if char == '\\' or not char.isprintable():
            return repr(char)[1:-1]
        return char
    body = ''.join(map(escape, text))
    quotes = list(quote_types)
    if '\n' in body:
        quotes = [q for q in quotes if q in MULTI_QUOTES]
    quotes = [q for q in quotes if q not in body]
    if not quotes:
        text = repr(text)
        quote = next((q for q in quote_types if text[0] in q), text[0])
        return text[1:-1], [quote]
    if body:
        # a quote whose character ends the body needs that last character escaped
        quotes.sort(key=lambda q: q[0] == body[-1])
        if quotes[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, quotes


class _Unparser:

    def __init__(self):
        self.out = []
        self.precedences = {}
        self.depth = 0
        self.in_try_star = False

    # ---- writing helpers ------------------------------------------------------------------

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
            return ''.join(self.out)
        self.out = []
        self.traverse(node)
        return ''.join(self.out)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            method = getattr(self, 'visit_' + type(node).__name__, None)
            if method is None:
                raise ValueError('unparse does not know the node %s' % type(node).__name__)
            method(node)

    def write(self, *texts):
        self.out.extend(texts)

    def fill(self, text=''):
        """Starts a new line at the current indentation."""
        self.write('\n' + '    ' * self.depth + text)

    def block(self, body, header_extra=None):
        self.write(':')
        if header_extra:
            self.write(header_extra)
        self.depth += 1
        self.traverse(body)
        self.depth -= 1

    def items(self, nodes, separator=', '):
        for index, node in enumerate(nodes):
            if index:
                self.write(separator)
            self.traverse(node)

    def precedence_of(self, node):
        return self.precedences.get(node, TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self.precedences[node] = precedence

    def open_if(self, condition, text):
        if condition:
            self.write(text)

    def type_comment(self, comment):
        if comment:
            self.write('  # type: ' + comment)

    def inner(self, node, precedence):
        """node as text in a fresh unparser (for f-string replacement fields)."""
        unparser = _Unparser()
        unparser.set_precedence(precedence, node)
        return unparser.visit(node)

    # ---- statements -----------------------------------------------------------------------

    def docstring_first(self, node):
        body = node.body
        if (body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant)
                and isinstance(body[0].value.value, str)):
            self.write_docstring(body[0].value)
            self.traverse(body[1:])
        else:
            self.traverse(body)

    def write_docstring(self, constant):
        self.fill()
        if constant.kind == 'u':
            self.write('u')
        body, quotes = quote_literal(constant.value, MULTI_QUOTES)
        self.write(quotes[0], body, quotes[0])

    def visit_Module(self, node):
        self.docstring_first(node)
        if self.out and self.out[0].startswith('\n'):
            self.out[0] = self.out[0][1:]

    def visit_Interactive(self, node):
        self.visit_Module(node)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        self.write('(')
        self.items(node.argtypes)
        self.write(') -> ')
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        self.open_if(self.precedence_of(node) > NAMED_EXPR, '(')
        self.set_precedence(ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(' := ')
        self.traverse(node.value)
        self.open_if(self.precedence_of(node) > NAMED_EXPR, ')')

    def visit_Import(self, node):
        self.fill('import ')
        self.items(node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.items(node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        self.type_comment(node.type_comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + BINARY[type(node.op).__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        simple_name = node.simple and isinstance(node.target, Name)
        self.open_if(not simple_name, '(')
        self.traverse(node.target)
        self.open_if(not simple_name, ')')
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.items(node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def visit_Await(self, node):
        self.open_if(self.precedence_of(node) > AWAIT, '(')
        self.write('await')
        if node.value:
            self.write(' ')
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)
        self.open_if(self.precedence_of(node) > AWAIT, ')')

    def visit_Yield(self, node):
        self.open_if(self.precedence_of(node) > YIELD, '(')
        self.write('yield')
        if node.value:
            self.write(' ')
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)
        self.open_if(self.precedence_of(node) > YIELD, ')')

    def visit_YieldFrom(self, node):
        self.open_if(self.precedence_of(node) > YIELD, '(')
        self.write('yield from ')
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        self.open_if(self.precedence_of(node) > YIELD, ')')

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def write_try(self, node, keyword):
        self.fill('try')
        self.block(node.body)
        star = self.in_try_star
        self.in_try_star = keyword == 'except*'
        for handler in node.handlers:
            self.traverse(handler)
        self.in_try_star = star
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def visit_Try(self, node):
        self.write_try(node, 'except')

    def visit_TryStar(self, node):
        self.write_try(node, 'except*')

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self.in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def decorators(self, node):
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)

    def type_params(self, params):
        if params:
            self.write('[')
            self.items(params)
            self.write(']')

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill('class ' + node.name)
        self.type_params(node.type_params)
        if node.bases or node.keywords:
            self.write('(')
            self.items(node.bases + node.keywords)
            self.write(')')
        self.write(':')
        self.depth += 1
        self.docstring_first(node)
        self.depth -= 1

    def write_function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + ' ' + node.name)
        self.type_params(node.type_params)
        self.write('(')
        self.traverse(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.write(':')
        self.type_comment(node.type_comment)
        self.depth += 1
        self.docstring_first(node)
        self.depth -= 1

    def visit_FunctionDef(self, node):
        self.write_function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.write_function(node, 'async def')

    def visit_TypeVar(self, node):
        self.write(node.name)
        if node.bound:
            self.write(': ')
            self.traverse(node.bound)
        if node.default_value:
            self.write(' = ')
            self.traverse(node.default_value)

    def visit_TypeVarTuple(self, node):
        self.write('*' + node.name)
        if node.default_value:
            self.write(' = ')
            self.traverse(node.default_value)

    def visit_ParamSpec(self, node):
        self.write('**' + node.name)
        if node.default_value:
            self.write(' = ')
            self.traverse(node.default_value)

    def visit_TypeAlias(self, node):
        self.fill('type ')
        self.traverse(node.name)
        self.type_params(node.type_params)
        self.write(' = ')
        self.traverse(node.value)

    def write_for(self, node, keyword):
        self.fill(keyword + ' ')
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.block(node.body, None)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_For(self, node):
        self.write_for(node, 'for')

    def visit_AsyncFor(self, node):
        self.write_for(node, 'async for')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        self.block(node.body)
        # a lone If in the else branch is written as elif
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_With(self, node):
        self.fill('with ')
        self.items(node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.fill('async with ')
        self.items(node.items)
        self.block(node.body)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    # ---- strings --------------------------------------------------------------------------

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', INFINITY).replace('nan', f'({INFINITY}-{INFINITY})'))
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            for index, item in enumerate(value):
                if index:
                    self.write(', ')
                self.write_constant(item)
            self.write(',)' if len(value) == 1 else ')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.write_constant(value)

    def fstring_inner(self, node, in_spec=False):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_inner(value, in_spec)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace('{', '{{').replace('}', '}}')
            if in_spec:
                text = (text.replace('\\', '\\\\').replace("'", "\\'").replace('"', '\\"')
                        .replace('\n', '\\n'))
            self.write(text)
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        elif isinstance(node, Interpolation):
            self.visit_Interpolation(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def replacement_field(self, node):
        text = self.inner(node.value, TEST + 1)
        self.write('{')
        if text.startswith('{'):
            self.write(' ')
        self.write(text)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':')
            self.fstring_inner(node.format_spec, in_spec=True)
        self.write('}')

    def visit_FormattedValue(self, node):
        self.replacement_field(node)

    def visit_Interpolation(self, node):
        self.replacement_field(node)

    def write_fstring(self, node, prefix):
        parts = []
        for value in node.values:
            saved = self.out
            self.out = []
            self.fstring_inner(value)
            parts.append((''.join(self.out), isinstance(value, Constant)))
            self.out = saved
        quotes = list(ALL_QUOTES)
        pieces = []
        for text, is_constant in parts:
            if is_constant:
                text, usable = quote_literal(text, quotes, escape_whitespace=True)
                if set(usable).isdisjoint(quotes):
                    # no quote fits every piece: fall back to repr of the whole string
                    self.write(prefix + repr(''.join(t for t, _ in parts)))
                    return
                quotes = usable
            elif '\n' in text:
                quotes = [q for q in quotes if q in MULTI_QUOTES]
            pieces.append(text)
        self.write(prefix, quotes[0], ''.join(pieces), quotes[0])

    def visit_JoinedStr(self, node):
        self.write_fstring(node, 'f')

    def visit_TemplateStr(self, node):
        self.write_fstring(node, 't')

    # ---- expressions ----------------------------------------------------------------------

    def visit_Name(self, node):
        self.write(node.id)

    def visit_List(self, node):
        self.write('[')
        self.items(node.elts)
        self.write(']')

    def visit_Set(self, node):
        if node.elts:
            self.write('{')
            self.items(node.elts)
            self.write('}')
        else:
            self.write('{*()}')   # an empty set display does not exist

    def visit_Dict(self, node):
        self.write('{')
        for index, (key, value) in enumerate(zip(node.keys, node.values)):
            if index:
                self.write(', ')
            if key is None:
                self.write('**')
                self.set_precedence(EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        self.write('}')

    def visit_Tuple(self, node):
        parenthesize = not node.elts or self.precedence_of(node) > TUPLE
        self.open_if(parenthesize, '(')
        self.items(node.elts)
        if len(node.elts) == 1:
            self.write(',')
        self.open_if(parenthesize, ')')

    def comprehension_display(self, opening, node, closing):
        self.write(opening)
        self.traverse(node.elt)
        for generator in node.generators:
            self.traverse(generator)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension_display('[', node, ']')

    def visit_SetComp(self, node):
        self.comprehension_display('{', node, '}')

    def visit_GeneratorExp(self, node):
        self.comprehension_display('(', node, ')')

    def visit_DictComp(self, node):
        self.write('{')
        self.traverse(node.key)
        self.write(': ')
        self.traverse(node.value)
        for generator in node.generators:
            self.traverse(generator)
        self.write('}')

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        self.open_if(self.precedence_of(node) > TEST, '(')
        self.set_precedence(TEST + 1, node.body, node.test)
        self.traverse(node.body)
        self.write(' if ')
        self.traverse(node.test)
        self.write(' else ')
        self.set_precedence(TEST, node.orelse)
        self.traverse(node.orelse)
        self.open_if(self.precedence_of(node) > TEST, ')')

    def visit_UnaryOp(self, node):
        operator, precedence = UNARY[type(node.op).__name__]
        self.open_if(self.precedence_of(node) > precedence, '(')
        self.write(operator)
        if precedence == FACTOR:
            self.set_precedence(FACTOR, node.operand)
        else:
            self.write(' ')
            self.set_precedence(precedence, node.operand)
        self.traverse(node.operand)
        self.open_if(self.precedence_of(node) > precedence, ')')

    def visit_BinOp(self, node):
        operator, precedence = BINARY[type(node.op).__name__]
        self.open_if(self.precedence_of(node) > precedence, '(')
        if precedence == POWER:     # right-associative
            left, right = precedence + 1, precedence
        else:
            left, right = precedence, precedence + 1
        self.set_precedence(left, node.left)
        self.traverse(node.left)
        self.write(' ' + operator + ' ')
        self.set_precedence(right, node.right)
        self.traverse(node.right)
        self.open_if(self.precedence_of(node) > precedence, ')')

    def visit_Compare(self, node):
        self.open_if(self.precedence_of(node) > CMP, '(')
        self.set_precedence(CMP + 1, node.left, *node.comparators)
        self.traverse(node.left)
        for operator, comparator in zip(node.ops, node.comparators):
            self.write(' ' + COMPARE[type(operator).__name__] + ' ')
            self.traverse(comparator)
        self.open_if(self.precedence_of(node) > CMP, ')')

    def visit_BoolOp(self, node):
        operator, precedence = BOOLEAN[type(node.op).__name__]
        self.open_if(self.precedence_of(node) > precedence, '(')
        operand_precedence = precedence
        for index, value in enumerate(node.values):
            if index:
                self.write(' ' + operator + ' ')
            # each operand asks one level more than the one before (as CPython's unparse)
            operand_precedence += 1
            self.set_precedence(operand_precedence, value)
            self.traverse(value)
        self.open_if(self.precedence_of(node) > precedence, ')')

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        # "1.real" would read as a float: an int constant needs a space before the dot
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        self.write('(')
        self.items(node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        self.write('[')
        index = node.slice
        if isinstance(index, Tuple) and index.elts and not any(
                isinstance(item, Starred) for item in index.elts):
            self.items(index.elts)
            if len(index.elts) == 1:
                self.write(',')
        else:
            self.traverse(index)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        self.write(':')
        self.depth += 1
        for case in node.cases:
            self.traverse(case)
        self.depth -= 1

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.block(node.body)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults

        def separator():
            nonlocal first
            if not first:
                self.write(', ')
            first = False

        for index, (argument, default) in enumerate(zip(positional, defaults), 1):
            separator()
            self.traverse(argument)
            if default:
                self.write('=')
                self.traverse(default)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            separator()
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for argument, default in zip(node.kwonlyargs, node.kw_defaults):
            separator()
            self.traverse(argument)
            if default:
                self.write('=')
                self.traverse(default)
        if node.kwarg:
            separator()
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        self.open_if(self.precedence_of(node) > TEST, '(')
        self.write('lambda')
        saved = self.out
        self.out = []
        self.traverse(node.args)
        arguments = ''.join(self.out)
        self.out = saved
        if arguments:
            self.write(' ' + arguments)
        self.write(': ')
        self.set_precedence(TEST, node.body)
        self.traverse(node.body)
        self.open_if(self.precedence_of(node) > TEST, ')')

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # ---- patterns -------------------------------------------------------------------------

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write_constant(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.items(node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        self.write('{')
        for index, (key, pattern) in enumerate(zip(node.keys, node.patterns)):
            if index:
                self.write(', ')
            self.traverse(key)
            self.write(': ')
            self.traverse(pattern)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        self.write('(')
        self.items(node.patterns)
        for index, (attribute, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if index or node.patterns:
                self.write(', ')
            self.write(attribute + '=')
            self.traverse(pattern)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.pattern is None:
            self.write(node.name if node.name is not None else '_')
        elif node.name is None:
            self.traverse(node.pattern)
        else:
            self.open_if(self.precedence_of(node) > TEST, '(')
            self.set_precedence(BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(' as ' + node.name)
            self.open_if(self.precedence_of(node) > TEST, ')')

    def visit_MatchOr(self, node):
        self.open_if(self.precedence_of(node) > BOR, '(')
        for index, pattern in enumerate(node.patterns):
            if index:
                self.write(' | ')
            self.set_precedence(BOR + 1, pattern)
            self.traverse(pattern)
        self.open_if(self.precedence_of(node) > BOR, ')')
