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

HAVE_ARGUMENT = 43
MIN_INSTRUMENTED_OPCODE = 234

del _name, _op, _head, _caches, _specialized, _pseudo, _instrumented, _members
