"""opcode: the instruction set's names, numbers and argument kinds, as CPython 3.14 exposes them
(written for Ember; the facts come from Ember's instruction table through _opcode)."""

__all__ = ["cmp_op", "stack_effect", "hascompare", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasarg", "hasconst", "hasname",
           "hasjump", "hasjrel", "hasjabs", "hasfree", "haslocal", "hasexc"]

import builtins
import _opcode
from _opcode import stack_effect
from _opcode_metadata import (_specializations, _specialized_opmap, opmap,
                              HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE, _cache_layouts)

EXTENDED_ARG = opmap['EXTENDED_ARG']


def _build_opname():
    top = max(opmap.values())
    names = ['<%r>' % (number,) for number in range(top + 1)]
    for table in (opmap, _specialized_opmap):
        for name, number in table.items():
            names[number] = name
    return names


opname = _build_opname()

cmp_op = ('<', '<=', '==', '!=', '>', '>=')


def _opcodes_where(test):
    return [number for number in opmap.values() if test(number)]


hasarg = _opcodes_where(_opcode.has_arg)
hasconst = _opcodes_where(_opcode.has_const)
hasname = _opcodes_where(_opcode.has_name)
hasjump = _opcodes_where(_opcode.has_jump)
hasjrel = hasjump
hasjabs = []
hasfree = _opcodes_where(_opcode.has_free)
haslocal = _opcodes_where(_opcode.has_local)
hasexc = _opcodes_where(_opcode.has_exc)
hascompare = [opmap["COMPARE_OP"]]

_intrinsic_1_descs = _opcode.get_intrinsic1_descs()
_intrinsic_2_descs = _opcode.get_intrinsic2_descs()
_special_method_names = _opcode.get_special_method_names()
_common_constants = [builtins.AssertionError, builtins.NotImplementedError,
                     builtins.tuple, builtins.all, builtins.any]
_nb_ops = _opcode.get_nb_ops()

# Only generic instructions have a cache format (their specialized members share it).
_cache_format = {}
for _name, _layout in _cache_layouts.items():
    if _name in opmap:
        _cache_format[_name] = dict(_layout)
del _name, _layout

_inline_cache_entries = {name: sum(fields.values()) for name, fields in _cache_format.items()}
