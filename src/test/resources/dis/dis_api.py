# dis and opcode API edges (written for Ember), recorded from CPython 3.14 in dis-api-3.14.txt.
import dis
import opcode


class Shape:
    """A class: dis.dis(Shape) disassembles its methods in name order."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @staticmethod
    def unit():
        return Shape("unit")

    @classmethod
    def make(cls, n):
        return cls(str(n))


def gen():
    yield 1


def try_it(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None


print("### class")
dis.dis(Shape)
print("### method")
dis.dis(Shape("s").area)
print("### classmethod and staticmethod")
dis.dis(Shape.make)
dis.dis(Shape.__dict__["unit"])
print("### generator object")
dis.dis(gen())
print("### errors")
for bad in (42, None.__class__, [1]):
    try:
        dis.dis(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    dis.get_instructions(3.5)
except TypeError as e:
    print("TypeError", e)
try:
    dis.dis("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.args[0])
print("### Bytecode")
b = dis.Bytecode(try_it, current_offset=6)
print(repr(b)[:17])
print(b.dis(), end="")
print(b.exception_entries[0].depth, b.exception_entries[0].lasti)
print("### first_line")
print(dis.Bytecode(try_it, first_line=1).dis(), end="")
print([i.line_number for i in dis.get_instructions(try_it, first_line=50)][:4])
print("### instruction")
first = next(iter(dis.Bytecode(try_it)))
print(first.opname, first.is_jump_target, first.positions.lineno, first.positions)
print(first._fields)
print(first._replace(arg=7).arg, first == first._replace(), len(first))
print(dis.Instruction.make("NOP", None, None, "", 0, 0, False, None).opcode)
print(dis.Positions(1, 2).end_col_offset)
print(str(first), end="")
print("### opcode")
print(opcode.opmap["LOAD_CONST"], opcode.opname[opcode.opmap["RETURN_VALUE"]], opcode.HAVE_ARGUMENT)
print(opcode.EXTENDED_ARG, opcode.cmp_op, opcode.hasjabs)
print(sorted(opcode.hasconst), sorted(opcode.hasname)[:5], sorted(opcode.hasjump)[:5])
print(sorted(opcode.haslocal)[:5], sorted(opcode.hasfree), sorted(opcode.hasexc), opcode.hascompare)
print(len(opcode.opname), opcode.opname[200], opcode.opname[1])
print(opcode.stack_effect(opcode.opmap["POP_TOP"]), opcode.stack_effect(opcode.opmap["BUILD_LIST"], 3))
print(opcode.stack_effect(opcode.opmap["FOR_ITER"], 1, jump=True), opcode.stack_effect(opcode.opmap["FOR_ITER"], 1, jump=False))
for args in ((opcode.opmap["POP_TOP"], 1), (opcode.opmap["BUILD_LIST"],), (9999, 0)):
    try:
        opcode.stack_effect(*args)
    except ValueError as e:
        print("ValueError", e)
print(dis.COMPILER_FLAG_NAMES[32], dis.pretty_flags(0x23), dis.pretty_flags(0x40000000 | 3))
print(sorted(dis.deoptmap.items())[:3])
print(opcode._inline_cache_entries["LOAD_ATTR"], opcode._cache_format["CALL"])
print("### code_info")
print("\n".join(line for line in dis.code_info(try_it).splitlines() if not line.startswith("Filename")))
print("### depth")
dis.dis("def f():\n    def g():\n        return 1\n    return g\n", depth=1)
print("### opcode lists")
for name in ["hasarg", "hasconst", "hasname", "hasjump", "hasfree", "haslocal", "hasexc"]:
    print(name, sorted(getattr(opcode, name)))
print(sorted(opcode.opmap.items()))
print(sorted(opcode._specialized_opmap.items()))
print(sorted((head, sorted(members)) for head, members in opcode._specializations.items()))
print(sorted((name, sorted(fields.items())) for name, fields in opcode._cache_format.items()))
print(opcode._nb_ops)
print(opcode._intrinsic_1_descs, opcode._intrinsic_2_descs, opcode._special_method_names)
print([op for op in range(300) if __import__("_opcode").is_valid(op)])
print("### specializations")
# CPython's order of families and of their members (bytecodes.c), not only the same sets
print(opcode._specializations)
print("### adaptive after warm-up")
# the first RESUME a function executes becomes RESUME_CHECK (also the ones after a yield)


def add(a, b):
    return a + b


def gen():
    x = yield 1
    yield x


for i in range(100):
    add(i, 1)
g = gen()
next(g)
g.send(2)
dis.dis(add, adaptive=True)
dis.dis(gen, adaptive=True)
dis.dis(lambda: None, adaptive=True)
