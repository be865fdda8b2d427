# ast: parse/dump/literal_eval/compile of trees/visitors/locations/docstrings/segments/unparse
import ast, copy, pickle
t = ast.parse("x = [1, 2.5, 'a', b'b', None, True, ...]\nprint(x)")
print(ast.dump(t))
print(ast.dump(t, indent=2, include_attributes=True))
print(ast.dump(ast.parse("def f(a, *, b=1): 'doc'\n"), annotate_fields=False))
print(ast.dump(ast.parse("x: int = 1", type_comments=True)))
print(ast.literal_eval("[1, -2, (3, 4), {'a': {5}}, 1+2j, set(), -1.5e3]"))
for bad in ["x", "1+x", "f()", "{1: []}[1]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(str(e).split(' at 0x')[0])
code = compile(t, "<ast>", "exec")
exec(code)
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t2 = ast.fix_missing_locations(Double().visit(ast.parse("print(1 + 20, [3])")))
exec(compile(t2, "<t2>", "exec"))
print(ast.unparse(t2))
names = sorted({n.id for n in ast.walk(ast.parse("a = b + c(d)")) if isinstance(n, ast.Name)})
print(names)
class V(ast.NodeVisitor):
    def visit_Call(self, node):
        print("call", ast.unparse(node.func), node.lineno, node.col_offset, node.end_col_offset)
        self.generic_visit(node)
V().visit(ast.parse("f(g(1))\n  # c\nh.i()"))
src = "def g():\n    '''  Doc\n    more.\n    '''\n    return 1 +  2\n"
m = ast.parse(src)
print(repr(ast.get_docstring(m.body[0])), repr(ast.get_docstring(m.body[0], clean=False)))
print(repr(ast.get_source_segment(src, m.body[0].body[1].value)))
print(repr(ast.get_source_segment(src, m.body[0], padded=True)))
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x").body[0])])
e = ast.parse("1 + 2", mode="eval")
print(ast.dump(e), eval(compile(e, "<e>", "eval")))
n = ast.Name('x')
print(n.id, ast.dump(n), ast.Name._fields, ast.BinOp.__match_args__, ast.expr._attributes)
print(ast.dump(copy.deepcopy(t.body[0])) == ast.dump(t.body[0]))
print(ast.dump(pickle.loads(pickle.dumps(t))) == ast.dump(t))
try:
    ast.Name(1, 2, 3)
except TypeError as exc:
    print(exc)
print(isinstance(t.body[0], ast.stmt), isinstance(t.body[0].value, ast.expr), ast.Add.__mro__[1].__name__)
print(ast.increment_lineno(ast.parse("x"), 3).body[0].lineno)
try:
    ast.parse("x = (")
except SyntaxError as exc:
    print(exc.msg, exc.lineno)
print(ast.dump(ast.parse("(a, b) = c", mode="single")))
match ast.parse("a + b").body[0].value:
    case ast.BinOp(ast.Name(l), ast.Add(), ast.Name(r)):
        print("matched", l, r)
print(ast.dump(ast.parse("match x:\n case [1, *y] if y: pass")))
print(ast.dump(ast.Constant(value=1, kind=None)), ast.dump(ast.Interactive(body=[])))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Constant(1)))))
print(type(ast.parse('x').body[0]).__module__, ast.AST.__name__)
