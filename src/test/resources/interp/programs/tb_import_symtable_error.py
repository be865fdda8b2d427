# Importing a module with a symbol-table error: the SyntaxError block shows the line read from its file
try:
    import syntax_symtable_module
except SyntaxError as e:
    print(e.args, repr(e.text), e.lineno, e.offset, e.end_offset)
import syntax_symtable_module
