# -S: site does not run, so exit/quit/help/copyright/credits/license are not builtins (breakpoint is).
import builtins
print([name for name in ('exit', 'quit', 'help', 'copyright', 'credits', 'license', 'breakpoint') if hasattr(builtins, name)])
import sys
print(sys.flags.no_site)
try:
    exit(2)
except NameError as e:
    print('NameError', e)
