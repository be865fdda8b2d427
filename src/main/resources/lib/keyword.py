"""Python's keywords and soft keywords (Ember's own keyword module).

The lists are fixed by the language grammar of Python 3.14.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

# Names that are keywords only in some contexts (match statements, type aliases).
softkwlist = ['_', 'case', 'match', 'type']

# Bound methods of frozensets: fast membership tests with the documented one-argument signature.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
