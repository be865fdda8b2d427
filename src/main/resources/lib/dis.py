"""Disassembler of Python byte code into mnemonics.

Written for Ember: the listing format, the Instruction fields and the functions are CPython
3.14's. Code is read as 16-bit code units through _opcode (pristine or, with adaptive=True,
the thread's current copy).
"""

import sys
import _opcode

from opcode import *
from opcode import (
    __all__ as _opcodes_all,
    _cache_format,
    _inline_cache_entries,
    _nb_ops,
    _common_constants,
    _intrinsic_1_descs,
    _intrinsic_2_descs,
    _special_method_names,
    _specializations,
    _specialized_opmap,
)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all


def _function_example():
    pass


class _MethodHolder:
    def method(self):
        pass


_FunctionType = type(_function_example)
_CodeType = type(_function_example.__code__)
_MethodType = type(_MethodHolder().method)
_have_code = (_MethodType, _FunctionType, _CodeType, classmethod, staticmethod, type)

CACHE = opmap["CACHE"]
EXTENDED_ARG = opmap["EXTENDED_ARG"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
LOAD_ATTR = opmap["LOAD_ATTR"]
LOAD_SUPER_ATTR = opmap["LOAD_SUPER_ATTR"]
LOAD_SMALL_INT = opmap["LOAD_SMALL_INT"]
BINARY_OP = opmap["BINARY_OP"]
CONVERT_VALUE = opmap["CONVERT_VALUE"]
SET_FUNCTION_ATTRIBUTE = opmap["SET_FUNCTION_ATTRIBUTE"]
CALL_INTRINSIC_1 = opmap["CALL_INTRINSIC_1"]
CALL_INTRINSIC_2 = opmap["CALL_INTRINSIC_2"]
LOAD_COMMON_CONSTANT = opmap["LOAD_COMMON_CONSTANT"]
LOAD_SPECIAL = opmap["LOAD_SPECIAL"]
IS_OP = opmap["IS_OP"]
CONTAINS_OP = opmap["CONTAINS_OP"]
END_ASYNC_FOR = opmap["END_ASYNC_FOR"]
_PAIR_OPS = (opmap["LOAD_FAST_LOAD_FAST"], opmap["LOAD_FAST_BORROW_LOAD_FAST_BORROW"],
             opmap["STORE_FAST_LOAD_FAST"], opmap["STORE_FAST_STORE_FAST"])
_BACKWARD = (opmap["JUMP_BACKWARD"], opmap["JUMP_BACKWARD_NO_INTERRUPT"], END_ASYNC_FOR)

FUNCTION_ATTR_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure', 'annotate')

# every name, specialized ones included, and the generic instruction behind each specialized one
_all_opname = list(opname)
_all_opmap = dict(opmap)
for _name, _number in _specialized_opmap.items():
    _all_opname[_number] = _name
    _all_opmap[_name] = _number
deoptmap = {}
for _head, _members in _specializations.items():
    for _name in _members:
        deoptmap[_name] = _head
del _name, _number, _head, _members

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5
_NO_LINENO = '  --'

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
    0x4000000: "HAS_DOCSTRING",
    0x8000000: "METHOD",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, '0x%x' % flag))
            flags ^= flag
            if not flags:
                return ", ".join(names)
    names.append('0x%x' % flags)
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


# ---- reading code ------------------------------------------------------------------------------

def _deoptop(op):
    name = _all_opname[op]
    if name in deoptmap:
        return _all_opmap[deoptmap[name]]
    return op


def _get_cache_size(name):
    return _inline_cache_entries.get(name, 0)


def _code_units(x, adaptive=False):
    """Code units (opcode | oparg << 8) of a code object, of co_code-style bytes, or units as given."""
    if isinstance(x, _CodeType):
        return _opcode._ember_code_units(x, adaptive)
    if isinstance(x, (bytes, bytearray)):
        return tuple(x[i] | (x[i + 1] << 8) for i in range(0, len(x) - 1, 2))
    return tuple(x)


def _units_to_bytes(units):
    data = []
    for unit in units:
        data.append(unit & 0xFF)
        data.append(unit >> 8)
    return bytes(data)


def _unpack_opargs(units):
    """(offset, start_offset, op, arg) per instruction; cache units are skipped."""
    extended_arg = 0
    extended_count = 0
    caches = 0
    for index in range(len(units)):
        if caches:
            caches -= 1
            continue
        unit = units[index]
        op = unit & 0xFF
        offset = index * 2
        deop = _deoptop(op)
        caches = _get_cache_size(_all_opname[deop])
        if deop in hasarg:
            arg = (unit >> 8) | extended_arg
            extended_arg = (arg << 8) if deop == EXTENDED_ARG else 0
            if extended_arg >= 1 << 31:
                extended_arg -= 1 << 32
        else:
            arg = None
            extended_arg = 0
        if deop == EXTENDED_ARG:
            extended_count += 1
            yield offset, offset, op, arg
        else:
            yield offset, offset - extended_count * 2, op, arg
            extended_count = 0


def _is_backward_jump(op):
    return op in _BACKWARD


def _get_jump_target(op, arg, offset):
    """The byte offset a jump instruction goes to, else None."""
    deop = _deoptop(op)
    if deop not in hasjump:
        return None
    if _is_backward_jump(deop):
        arg = -arg
    return offset + 2 + arg * 2 + 2 * _get_cache_size(_all_opname[deop])


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.
    """
    labels = []
    for offset, _, op, arg in _unpack_opargs(_code_units(code)):
        if arg is None:
            continue
        target = _get_jump_target(op, arg, offset)
        if target is not None and target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno); lineno is None for an offset without a source line.
    """
    first = True
    previous = None
    for start, end, line in code.co_lines():
        if first or line != previous:
            first = False
            previous = line
            yield start, line


class _ExceptionTableEntry:
    def __init__(self, start, end, target, depth, lasti):
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
        self.lasti = lasti

    def __iter__(self):
        return iter((self.start, self.end, self.target, self.depth, self.lasti))

    def __repr__(self):
        return ("_ExceptionTableEntry(start=%r, end=%r, target=%r, depth=%r, lasti=%r)"
                % (self.start, self.end, self.target, self.depth, self.lasti))


def _parse_exception_table(code):
    return [_ExceptionTableEntry(start * 2, end * 2, target * 2, depth, lasti)
            for start, end, target, depth, lasti in _opcode._ember_exception_table(code)]


def _make_labels_map(code, exception_entries=()):
    offsets = set(findlabels(code))
    for entry in exception_entries:
        offsets.add(entry.start)
        offsets.add(entry.end)
        offsets.add(entry.target)
    labels_map = {}
    for number, offset in enumerate(sorted(offsets)):
        labels_map[offset] = number + 1
    for entry in exception_entries:
        entry.start_label = labels_map[entry.start]
        entry.end_label = labels_map[entry.end]
        entry.target_label = labels_map[entry.target]
    return labels_map


# ---- instructions ------------------------------------------------------------------------------

def _field(index):
    return property(lambda self: self[index])


def _record_type(typename, field_names, defaults):
    """A named-tuple class (the collections module is not a dependency of dis)."""
    fields = tuple(field_names)
    required = len(fields) - len(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("%s() takes %d positional arguments" % (typename, len(fields)))
        values = list(args) + [None] * (len(fields) - len(args))
        given = [True] * len(args) + [False] * (len(fields) - len(args))
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError("%s() got an unexpected keyword argument %r" % (typename, name))
            index = fields.index(name)
            if given[index]:
                raise TypeError("%s() got multiple values for argument %r" % (typename, name))
            values[index] = value
            given[index] = True
        for index in range(len(fields)):
            if not given[index]:
                if index < required:
                    raise TypeError("%s() missing required argument: %r" % (typename, fields[index]))
                values[index] = defaults[index - required]
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (name, value) for name, value in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = self._asdict()
        values.update(kwargs)
        return type(self)(**values)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {'__slots__': (), '_fields': fields, '__new__': __new__, '__repr__': __repr__,
                 '_asdict': _asdict, '_replace': _replace, '__getnewargs__': __getnewargs__,
                 '_field_defaults': dict(zip(fields[required:], defaults))}
    for index, name in enumerate(fields):
        namespace[name] = _field(index)
    return type(typename, (tuple,), namespace)


Positions = _record_type('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                         [None] * 4)

_Instruction = _record_type(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'start_offset', 'starts_line',
     'line_number', 'label', 'positions', 'cache_info'],
    [None, None, None])


class Instruction(_Instruction):
    """Details for a bytecode operation.

       opname, opcode, arg, argval, argrepr, offset, start_offset, starts_line, line_number,
       label, positions, cache_info: see the dis module documentation.
    """

    @staticmethod
    def make(opname, arg, argval, argrepr, offset, start_offset, starts_line,
             line_number, label=None, positions=None, cache_info=None):
        return Instruction(opname, _all_opmap[opname], arg, argval, argrepr, offset,
                           start_offset, starts_line, line_number, label, positions, cache_info)

    @property
    def oparg(self):
        """Alias for Instruction.arg."""
        return self.arg

    @property
    def baseopcode(self):
        """Numeric code for the base operation if operation is specialized."""
        return _deoptop(self.opcode)

    @property
    def baseopname(self):
        """Human readable name for the base operation if operation is specialized."""
        return opname[self.baseopcode]

    @property
    def cache_offset(self):
        """Start index of the cache entries following the operation."""
        return self.offset + 2

    @property
    def end_offset(self):
        """End index of the cache entries following the operation."""
        return self.cache_offset + _get_cache_size(_all_opname[self.opcode]) * 2

    @property
    def jump_target(self):
        """Bytecode index of the jump target if this is a jump operation, else None."""
        return _get_jump_target(self.opcode, self.arg, self.offset)

    @property
    def is_jump_target(self):
        """True if other code jumps to here, otherwise False"""
        return self.label is not None

    def __str__(self):
        output = _StringWriter()
        Formatter(file=output).print_instruction(self, False)
        return output.getvalue()


class _StringWriter:
    """A minimal text sink for print(file=...)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return "".join(self.parts)


def _cache_value(data):
    """The integer a cache field holds (its bytes, little-endian as on the machines Ember runs on)."""
    value = 0
    for shift, byte in enumerate(data):
        value |= byte << (8 * shift)
    return value


class Formatter:

    def __init__(self, file=None, lineno_width=0, offset_width=0, label_width=0,
                 line_offset=0, show_caches=False, *, show_positions=False):
        self.file = file
        self.lineno_width = lineno_width
        self.offset_width = offset_width
        self.label_width = label_width
        self.show_caches = show_caches
        self.show_positions = show_positions

    def print_instruction(self, instr, mark_as_current=False):
        self.print_instruction_line(instr, mark_as_current)
        if not (self.show_caches and instr.cache_info):
            return
        offset = instr.offset
        for name, size, data in instr.cache_info:
            for i in range(size):
                offset += 2
                argrepr = "%s: %d" % (name, _cache_value(data)) if i == 0 else ""
                cache = Instruction("CACHE", CACHE, 0, None, argrepr, offset, offset,
                                    False, None, None, instr.positions)
                self.print_instruction_line(cache, False)

    def _location_field(self, instr):
        width = self.lineno_width
        if self.show_positions:
            positions = instr.positions
            if not positions:
                return ' ' * width
            if all(p is None for p in positions):
                text = _NO_LINENO
            else:
                p = ['?' if v is None else v for v in positions]
                text = "%s:%s-%s:%s" % (p[0], p[2], p[1], p[3])
            return text.ljust(width)
        if not instr.starts_line:
            return ' ' * width
        if instr.line_number is None:
            return _NO_LINENO.rjust(width)
        return str(instr.line_number).rjust(width)

    def print_instruction_line(self, instr, mark_as_current):
        """Format instruction details for inclusion in disassembly output."""
        if self.lineno_width > 0 and instr.starts_line and instr.offset > 0:
            print(file=self.file)
        fields = []
        if self.lineno_width:
            fields.append(self._location_field(instr))
        if instr.label is not None:
            fields.append(("L%d:" % instr.label).rjust(self.label_width))
        else:
            fields.append(' ' * self.label_width)
        if self.offset_width > 0:
            fields.append(repr(instr.offset).rjust(self.offset_width) + "  ")
        fields.append('-->' if mark_as_current else '   ')
        fields.append(instr.opname.ljust(_OPNAME_WIDTH))
        if instr.arg is not None:
            overflow = max(0, len(instr.opname) - _OPNAME_WIDTH)
            fields.append(repr(instr.arg).rjust(_OPARG_WIDTH - overflow))
            if instr.argrepr:
                fields.append('(' + instr.argrepr + ')')
        print(' '.join(fields).rstrip(), file=self.file)

    def print_exception_table(self, exception_entries):
        if not exception_entries:
            return
        print("ExceptionTable:", file=self.file)
        for entry in exception_entries:
            lasti = " lasti" if entry.lasti else ""
            print("  L%d to L%d -> L%d [%d]%s" % (entry.start_label, entry.end_label,
                                                  entry.target_label, entry.depth, lasti),
                  file=self.file)


def _name_info(index, get_name):
    if get_name is None:
        return UNKNOWN, ''
    value = get_name(index)
    return value, value


class ArgResolver:
    def __init__(self, co_consts=None, names=None, varname_from_oparg=None, labels_map=None):
        self.co_consts = co_consts
        self.names = names
        self.varname_from_oparg = varname_from_oparg
        self.labels_map = labels_map or {}

    def offset_from_jump_arg(self, op, arg, offset):
        return _get_jump_target(op, arg, offset)

    def get_label_for_offset(self, offset):
        return self.labels_map.get(offset, None)

    def get_argval_argrepr(self, op, arg, offset):
        if arg is None:
            return None, ''
        deop = _deoptop(op)
        get_name = None if self.names is None else self.names.__getitem__
        if deop in hasconst:
            value = _get_const_value(deop, arg, self.co_consts)
            return value, ('' if value is UNKNOWN else repr(value))
        if deop in hasname:
            return self._name_argval(deop, arg, get_name)
        if deop in hasjump or deop in hasexc:
            target = self.offset_from_jump_arg(op, arg, offset)
            word = "from" if deop == END_ASYNC_FOR else "to"
            return target, "%s L%s" % (word, self.get_label_for_offset(target))
        if deop in _PAIR_OPS:
            first, first_repr = _name_info(arg >> 4, self.varname_from_oparg)
            second, second_repr = _name_info(arg & 15, self.varname_from_oparg)
            return (first, second), first_repr + ", " + second_repr
        if deop in haslocal or deop in hasfree:
            return _name_info(arg, self.varname_from_oparg)
        if deop in hascompare:
            argval = cmp_op[arg >> 5]
        elif deop == CONVERT_VALUE:
            argval = (None, str, repr, ascii)[arg]
        else:
            argval = arg
        return argval, _plain_argrepr(deop, arg)

    def _name_argval(self, deop, arg, get_name):
        if deop == LOAD_GLOBAL:
            value, text = _name_info(arg // 2, get_name)
            return value, (text + " + NULL" if arg & 1 and text else text)
        if deop == LOAD_ATTR:
            value, text = _name_info(arg // 2, get_name)
            return value, (text + " + NULL|self" if arg & 1 and text else text)
        if deop == LOAD_SUPER_ATTR:
            value, text = _name_info(arg // 4, get_name)
            return value, (text + " + NULL|self" if arg & 1 and text else text)
        return _name_info(arg, get_name)


def _plain_argrepr(deop, arg):
    """argrepr of the instructions whose argval is the oparg itself."""
    if deop in hascompare:
        text = cmp_op[arg >> 5]
        return "bool(%s)" % text if arg & 16 else text
    if deop == CONVERT_VALUE:
        return ('', 'str', 'repr', 'ascii')[arg]
    if deop == SET_FUNCTION_ATTRIBUTE:
        return ', '.join(name for bit, name in enumerate(FUNCTION_ATTR_FLAGS) if arg & (1 << bit))
    if deop == BINARY_OP:
        return _nb_ops[arg][1]
    if deop == CALL_INTRINSIC_1:
        return _intrinsic_1_descs[arg]
    if deop == CALL_INTRINSIC_2:
        return _intrinsic_2_descs[arg]
    if deop == LOAD_COMMON_CONSTANT:
        value = _common_constants[arg]
        return value.__name__ if isinstance(value, type) else repr(value)
    if deop == LOAD_SPECIAL:
        return _special_method_names[arg]
    if deop == IS_OP:
        return 'is not' if arg else 'is'
    if deop == CONTAINS_OP:
        return 'not in' if arg else 'in'
    return ''


def _get_const_value(op, arg, co_consts):
    if op == LOAD_SMALL_INT:
        return arg
    if co_consts is None:
        return UNKNOWN
    return co_consts[arg]


def _get_instructions_bytes(code, linestarts=None, line_offset=0, co_positions=None,
                            original_code=None, arg_resolver=None):
    """Iterate over the instructions of code units, as Instruction named tuples."""
    units = _code_units(code)
    original = _code_units(original_code) if original_code is not None else units
    positions_iter = co_positions if co_positions is not None else iter(())
    starts_line = False
    local_line = None
    line_number = None
    for offset, start_offset, op, arg in _unpack_opargs(original):
        if linestarts is not None:
            starts_line = offset in linestarts
            if starts_line:
                local_line = linestarts[offset]
            line_number = None if local_line is None else local_line + line_offset
        positions = Positions(*next(positions_iter, ()))
        deop = _deoptop(op)
        op = units[offset // 2] & 0xFF
        if arg_resolver:
            argval, argrepr = arg_resolver.get_argval_argrepr(op, arg, offset)
        else:
            argval, argrepr = arg, repr(arg)
        caches = _get_cache_size(_all_opname[deop])
        for _ in range(caches):
            next(positions_iter, ())
        cache_info = None
        if caches:
            cache_info = []
            unit_index = offset // 2 + 1
            for name, size in _cache_format[opname[deop]].items():
                cache_info.append((name, size, _units_to_bytes(units[unit_index:unit_index + size])))
                unit_index += size
        label = arg_resolver.get_label_for_offset(offset) if arg_resolver else None
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, start_offset,
                          starts_line, line_number, label, positions, cache_info)


# ---- code objects ------------------------------------------------------------------------------

def _code_from(x):
    """Unwrap methods, functions, generators and coroutines to a code object (or leave x)."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attribute in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _compile(source, filename, mode):
    compile_builtin = getattr(sys.modules['builtins'], 'compile', None)
    if compile_builtin is not None:
        return compile_builtin(source, filename, mode)
    return _opcode._ember_compile(source, filename, mode)


def _try_compile(source, name):
    """Compile source as an expression, else as statements."""
    try:
        return _compile(source, name, 'eval')
    except SyntaxError:
        pass
    return _compile(source, name, 'exec')


def _get_code_object(x):
    x = _code_from(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, _CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    sections = (("Constants:", co.co_consts, "%4d: %r"), ("Names:", co.co_names, "%4d: %s"),
                ("Variable names:", co.co_varnames, "%4d: %s"),
                ("Free variables:", co.co_freevars, "%4d: %s"),
                ("Cell variables:", co.co_cellvars, "%4d: %s"))
    for title, values, form in sections:
        if values:
            lines.append(title)
            for index, value in enumerate(values):
                lines.append(form % (index, value))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


def _get_lineno_width(linestarts):
    if linestarts is None:
        return 0
    lines = [line for line in linestarts.values() if line]
    if not lines:
        return 0
    width = max(3, len(str(max(lines))))
    if width < len(_NO_LINENO) and None in linestarts.values():
        width = len(_NO_LINENO)
    return width


def _get_positions_width(code):
    has_value = False
    widest = 0
    for positions in code.co_positions():
        has_value = has_value or any(isinstance(p, int) for p in positions)
        widest = max(widest, sum(1 if p is None else len(str(p)) for p in positions))
    if has_value:
        return 1 + max(len(_NO_LINENO), 3 + widest)
    return 0


def _offset_width(units, show_offsets):
    if not show_offsets:
        return 0
    return len(str(max(len(units) * 2 - 2, 9999)))


def _resolver(co, labels_map):
    return ArgResolver(co_consts=co.co_consts, names=co.co_names,
                       varname_from_oparg=co._varname_from_oparg, labels_map=labels_map)


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """Iterator for the opcodes in methods, functions or code."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    original = _code_units(co)
    return _get_instructions_bytes(_code_units(co, adaptive), linestarts=linestarts,
                                   line_offset=line_offset, co_positions=co.co_positions(),
                                   original_code=original,
                                   arg_resolver=_resolver(co, _make_labels_map(original)))


def _make_formatter(co, linestarts, exception_entries, file, show_caches, show_offsets,
                    show_positions, line_offset=0):
    units = _code_units(co)
    labels_map = _make_labels_map(units, exception_entries)
    if show_positions:
        lineno_width = _get_positions_width(co)
    else:
        lineno_width = _get_lineno_width(linestarts)
    formatter = Formatter(file=file, lineno_width=lineno_width,
                          offset_width=_offset_width(units, show_offsets),
                          label_width=4 + len(str(len(labels_map))), line_offset=line_offset,
                          show_caches=show_caches, show_positions=show_positions)
    return formatter, labels_map


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False,
                show_offsets=False, show_positions=False):
    """Disassemble a code object."""
    linestarts = dict(findlinestarts(co))
    exception_entries = _parse_exception_table(co)
    formatter, labels_map = _make_formatter(co, linestarts, exception_entries, file,
                                            show_caches, show_offsets, show_positions)
    instructions = _get_instructions_bytes(_code_units(co, adaptive), linestarts=linestarts,
                                           co_positions=co.co_positions(),
                                           original_code=_code_units(co),
                                           arg_resolver=_resolver(co, labels_map))
    print_instructions(instructions, exception_entries, formatter, lasti=lasti)


disco = disassemble


def print_instructions(instrs, exception_entries, formatter, lasti=-1):
    for instr in instrs:
        last_cache = instr.offset + 2 * _get_cache_size(_all_opname[_deoptop(instr.opcode)])
        formatter.print_instruction(instr, instr.offset <= lasti <= last_cache)
    formatter.print_exception_table(exception_entries)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False,
                           show_offsets=False, show_positions=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive,
                show_offsets=show_offsets, show_positions=show_positions)
    if depth is not None and depth <= 0:
        return
    if depth is not None:
        depth -= 1
    for const in co.co_consts:
        if isinstance(const, _CodeType):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=depth, show_caches=show_caches,
                                   adaptive=adaptive, show_offsets=show_offsets,
                                   show_positions=show_positions)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False,
        show_offsets=False, show_positions=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.
    """
    options = dict(file=file, show_caches=show_caches, adaptive=adaptive,
                   show_offsets=show_offsets, show_positions=show_positions)
    if x is None:
        distb(**options)
        return
    x = _code_from(x)
    if hasattr(x, '__dict__') and not isinstance(x, _CodeType):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, depth=depth, **options)
                except TypeError as error:
                    print("Sorry:", error, file=file)
                print(file=file)
    elif isinstance(x, _CodeType):
        _disassemble_recursive(x, depth=depth, **options)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_raw(x, file=file, show_caches=show_caches, show_offsets=show_offsets)
    elif isinstance(x, str):
        _disassemble_str(x, depth=depth, **options)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _disassemble_raw(code, *, file=None, show_caches=False, show_offsets=False):
    """Raw co_code bytes: no names, constants or lines to resolve."""
    units = _code_units(code)
    labels_map = _make_labels_map(units)
    formatter = Formatter(file=file, offset_width=_offset_width(units, show_offsets),
                          label_width=4 + len(str(len(labels_map))), show_caches=show_caches)
    instructions = _get_instructions_bytes(units, arg_resolver=ArgResolver(labels_map=labels_map))
    print_instructions(instructions, (), formatter)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False,
          show_positions=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            if hasattr(sys, 'last_exc'):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive, show_offsets=show_offsets, show_positions=show_positions)


class Bytecode:
    """The bytecode operations of a piece of code.

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False, show_offsets=False, show_positions=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive
        self.show_offsets = show_offsets
        self.show_positions = show_positions

    def __iter__(self):
        co = self.codeobj
        original = _code_units(co)
        labels_map = _make_labels_map(original, self.exception_entries)
        return _get_instructions_bytes(_code_units(co, self.adaptive),
                                       linestarts=self._linestarts,
                                       line_offset=self._line_offset,
                                       co_positions=co.co_positions(),
                                       original_code=original,
                                       arg_resolver=_resolver(co, labels_map))

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        output = _StringWriter()
        formatter, labels_map = _make_formatter(co, self._linestarts, self.exception_entries,
                                                output, self.show_caches, self.show_offsets,
                                                self.show_positions, self._line_offset)
        instructions = _get_instructions_bytes(_code_units(co, self.adaptive),
                                               linestarts=self._linestarts,
                                               line_offset=self._line_offset,
                                               co_positions=co.co_positions(),
                                               original_code=_code_units(co),
                                               arg_resolver=_resolver(co, labels_map))
        lasti = -1 if self.current_offset is None else self.current_offset
        print_instructions(instructions, self.exception_entries, formatter, lasti=lasti)
        return output.getvalue()


def _usage_error(message):
    print("usage: dis [-h] [-C] [-O] [-P] [-S] [infile]", file=sys.stderr)
    print("dis: error: " + message, file=sys.stderr)
    sys.exit(2)


def main(args=None):
    """ember -m dis [-C] [-O] [-P] [-S] [infile]"""
    if args is None:
        args = sys.argv[1:]
    options = dict(show_caches=False, show_offsets=False, show_positions=False, adaptive=False)
    flags = {'-C': 'show_caches', '--show-caches': 'show_caches',
             '-O': 'show_offsets', '--show-offsets': 'show_offsets',
             '-P': 'show_positions', '--show-positions': 'show_positions',
             '-S': 'adaptive', '--specialized': 'adaptive'}
    infile = None
    for arg in args:
        if arg in flags:
            options[flags[arg]] = True
        elif arg.startswith('-') and len(arg) > 2 and not arg.startswith('--') \
                and all(('-' + c) in flags for c in arg[1:]):
            for c in arg[1:]:
                options[flags['-' + c]] = True
        elif arg.startswith('-') and arg != '-':
            _usage_error("unrecognized arguments: " + arg)
        elif infile is None:
            infile = arg
        else:
            _usage_error("unrecognized arguments: " + arg)
    if infile is None or infile == '-':
        # as CPython: the program's bytes from standard input, named <stdin>
        stream = getattr(sys.stdin, 'buffer', sys.stdin)   # the text stream when there is no binary buffer
        code = compile(stream.read(), '<stdin>', 'exec')
    else:
        code = _opcode._ember_compile_file(infile)
    dis(code, **options)


if __name__ == "__main__":
    main()
