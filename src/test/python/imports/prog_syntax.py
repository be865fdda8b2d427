# A syntax error in an imported module: traceback through the import, then the caret block.
print("before")
import syntax_bad
