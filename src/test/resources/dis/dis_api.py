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
print("### adaptive LOAD_CONST")
# 3.14: an executed LOAD_CONST becomes LOAD_CONST_IMMORTAL (None, True, Ellipsis, small ints,
# empty and one-character strings, empty and one-byte bytes, ()) or LOAD_CONST_MORTAL (the
# rest); one that never ran stays LOAD_CONST. (Strings CPython's runtime interned as immortal,
# e.g. identifiers of its own modules, are left out: Ember treats them as mortal.)


def consts(flag, sink):
    if flag:
        sink('zzqq words', 'x', '', '\xe9', '\u1234', b'', b'a', b'ab', 1j, 257, -6, 10**20,
             2.5, (), (1, 2), ..., True, False, 'q' * 3)
    return None


consts(0, print)
dis.dis(consts, adaptive=True)
consts(1, lambda *args: None)
for ins in dis.get_instructions(consts, adaptive=True):
    if ins.opname.startswith('LOAD_CONST'):
        print(ins.opname, ins.opcode, ins.arg, ins.argrepr)


def wide():
    a = 0.5; a = 1.5; a = 2.5; a = 3.5; a = 4.5; a = 5.5; a = 6.5; a = 7.5
    a = 8.5; a = 9.5; a = 10.5; a = 11.5; a = 12.5; a = 13.5; a = 14.5; a = 15.5
    a = 16.5; a = 17.5; a = 18.5; a = 19.5; a = 20.5; a = 21.5; a = 22.5; a = 23.5
    a = 24.5; a = 25.5; a = 26.5; a = 27.5; a = 28.5; a = 29.5; a = 30.5; a = 31.5
    a = 32.5; a = 33.5; a = 34.5; a = 35.5; a = 36.5; a = 37.5; a = 38.5; a = 39.5
    a = 40.5; a = 41.5; a = 42.5; a = 43.5; a = 44.5; a = 45.5; a = 46.5; a = 47.5
    a = 48.5; a = 49.5; a = 50.5; a = 51.5; a = 52.5; a = 53.5; a = 54.5; a = 55.5
    a = 56.5; a = 57.5; a = 58.5; a = 59.5; a = 60.5; a = 61.5; a = 62.5; a = 63.5
    a = 64.5; a = 65.5; a = 66.5; a = 67.5; a = 68.5; a = 69.5; a = 70.5; a = 71.5
    a = 72.5; a = 73.5; a = 74.5; a = 75.5; a = 76.5; a = 77.5; a = 78.5; a = 79.5
    a = 80.5; a = 81.5; a = 82.5; a = 83.5; a = 84.5; a = 85.5; a = 86.5; a = 87.5
    a = 88.5; a = 89.5; a = 90.5; a = 91.5; a = 92.5; a = 93.5; a = 94.5; a = 95.5
    a = 96.5; a = 97.5; a = 98.5; a = 99.5; a = 100.5; a = 101.5; a = 102.5; a = 103.5
    a = 104.5; a = 105.5; a = 106.5; a = 107.5; a = 108.5; a = 109.5; a = 110.5; a = 111.5
    a = 112.5; a = 113.5; a = 114.5; a = 115.5; a = 116.5; a = 117.5; a = 118.5; a = 119.5
    a = 120.5; a = 121.5; a = 122.5; a = 123.5; a = 124.5; a = 125.5; a = 126.5; a = 127.5
    a = 128.5; a = 129.5; a = 130.5; a = 131.5; a = 132.5; a = 133.5; a = 134.5; a = 135.5
    a = 136.5; a = 137.5; a = 138.5; a = 139.5; a = 140.5; a = 141.5; a = 142.5; a = 143.5
    a = 144.5; a = 145.5; a = 146.5; a = 147.5; a = 148.5; a = 149.5; a = 150.5; a = 151.5
    a = 152.5; a = 153.5; a = 154.5; a = 155.5; a = 156.5; a = 157.5; a = 158.5; a = 159.5
    a = 160.5; a = 161.5; a = 162.5; a = 163.5; a = 164.5; a = 165.5; a = 166.5; a = 167.5
    a = 168.5; a = 169.5; a = 170.5; a = 171.5; a = 172.5; a = 173.5; a = 174.5; a = 175.5
    a = 176.5; a = 177.5; a = 178.5; a = 179.5; a = 180.5; a = 181.5; a = 182.5; a = 183.5
    a = 184.5; a = 185.5; a = 186.5; a = 187.5; a = 188.5; a = 189.5; a = 190.5; a = 191.5
    a = 192.5; a = 193.5; a = 194.5; a = 195.5; a = 196.5; a = 197.5; a = 198.5; a = 199.5
    a = 200.5; a = 201.5; a = 202.5; a = 203.5; a = 204.5; a = 205.5; a = 206.5; a = 207.5
    a = 208.5; a = 209.5; a = 210.5; a = 211.5; a = 212.5; a = 213.5; a = 214.5; a = 215.5
    a = 216.5; a = 217.5; a = 218.5; a = 219.5; a = 220.5; a = 221.5; a = 222.5; a = 223.5
    a = 224.5; a = 225.5; a = 226.5; a = 227.5; a = 228.5; a = 229.5; a = 230.5; a = 231.5
    a = 232.5; a = 233.5; a = 234.5; a = 235.5; a = 236.5; a = 237.5; a = 238.5; a = 239.5
    a = 240.5; a = 241.5; a = 242.5; a = 243.5; a = 244.5; a = 245.5; a = 246.5; a = 247.5
    a = 248.5; a = 249.5; a = 250.5; a = 251.5; a = 252.5; a = 253.5; a = 254.5; a = 255.5
    return a, 'y'


# past 255 constants: EXTENDED_ARG stays in front of the specialized instruction
print(wide())
ops = [(i.opname, i.arg) for i in dis.get_instructions(wide, adaptive=True)]
print(ops[:3], ops[-6:])
print(wide.__code__.co_code.count(dis.opmap['LOAD_CONST']) > 250)
