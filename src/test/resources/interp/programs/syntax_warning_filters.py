# SyntaxWarnings go through the filters: PYTHONWARNINGS-style options from -W.
import sys
print(sys.warnoptions)
source = 'a = "\\d"\nb = 1if a else 2\n'
exec(compile(source, "<ignored>", "exec"))
import warnings
warnings.simplefilter("default")
exec(compile("c = 0o7if 1 else 2", "<shown>", "exec"))
print("done")
