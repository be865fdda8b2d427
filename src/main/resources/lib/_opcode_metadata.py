"""The instruction table's names and numbers (Ember: read from its one Java instruction table).

opmap holds every generic, instrumented and pseudo instruction; _specialized_opmap the
specialized members; _specializations maps each family head to its members' names.
"""
import _opcode

_specializations = {}
_specialized_opmap = {}
opmap = {}
_cache_layouts = {}

for _name, _op, _head, _caches, _specialized, _pseudo, _instrumented, _members in _opcode._ember_table():
    if _specialized:
        _specialized_opmap[_name] = _op
    else:
        opmap[_name] = _op
        if _members:
            _specializations[_name] = list(_members)
    if _caches and not _specialized and not _instrumented:
        _cache_layouts[_name] = _caches

# CPython lists the families in the order bytecodes.c defines them (Ember's table is in opcode
# order): dis and code that prints _specializations see the same order.
_FAMILY_ORDER = ("RESUME", "LOAD_CONST", "TO_BOOL", "BINARY_OP", "STORE_SUBSCR", "SEND",
                 "UNPACK_SEQUENCE", "STORE_ATTR", "LOAD_GLOBAL", "LOAD_SUPER_ATTR", "LOAD_ATTR",
                 "COMPARE_OP", "CONTAINS_OP", "JUMP_BACKWARD", "FOR_ITER", "CALL", "CALL_KW")
_specializations = {_name: _specializations[_name]
                    for _name in sorted(_specializations, key=lambda name: (
                        _FAMILY_ORDER.index(name) if name in _FAMILY_ORDER else len(_FAMILY_ORDER)))}

HAVE_ARGUMENT = 43
MIN_INSTRUMENTED_OPCODE = 234

del _name, _op, _head, _caches, _specialized, _pseudo, _instrumented, _members
