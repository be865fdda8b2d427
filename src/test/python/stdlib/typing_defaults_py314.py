# PEP 696 type parameter defaults: ordering checks, substitution with defaults. Recorded with CPython 3.14.
import typing
from typing import Generic, TypeVar, TypeVarTuple, ParamSpec
def attempt(label, thunk):
    try: r = thunk()
    except Exception as e: print(label, "raises", type(e).__name__, e)
    else: print(label, "->", repr(r))
D = TypeVar('D', default=int)
N = TypeVar('N')
Ts = TypeVarTuple('Ts')
P = ParamSpec('P', default=[str])
attempt("default then plain", lambda: Generic[D, N])
attempt("plain then default", lambda: Generic[N, D])
attempt("tvt then default", lambda: Generic[*Ts, D])
attempt("default paramspec", lambda: Generic[N, P])
class G(Generic[N, D]): pass
print(G[str], G[str, bytes], G.__parameters__)
attempt("G[()]", lambda: G[()])
class H(Generic[N, P]): pass
print(H[int], H[int, [bytes]], P.__default__)
attempt("class C[*Ts, X = int]", lambda: exec("class C[*Ts, X = int]: pass"))
