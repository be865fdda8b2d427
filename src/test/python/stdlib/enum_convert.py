import enum, sys, types
mod = types.ModuleType('fakesig')
mod.SIGA = 2; mod.SIGB = 1; mod.SIGC = 2; mod.OTHER = 5
sys.modules['fakesig'] = mod
S = enum.IntEnum._convert_('Signals', 'fakesig', lambda n: n.startswith('SIG'))
print(list(S), repr(S.SIGC), mod.SIGA, type(mod.SIGA).__name__, mod.Signals is S, S.__module__)
F = enum.IntFlag._convert_('Fl', 'fakesig', lambda n: n == 'OTHER')
print(list(F), repr(mod.OTHER))
