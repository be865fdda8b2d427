import dataclasses, copy, pickle, re, sys
from dataclasses import *
from typing import ClassVar, Any
from collections import namedtuple, defaultdict, OrderedDict
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))
def show(x):
    print(re.sub(' at 0x[0-9a-f]+', '', repr(x)))
@dataclass
class P:
    x: int
    y: float = 0.0
    z: list = field(default_factory=list, repr=False)
print(P.__doc__, P.__init__.__qualname__, P(1), P.__dataclass_params__, sep='\n')
show(fields(P))
print(P(1) == P(1), P(1) != P(2), P(float('nan')) == P(float('nan')), P.__match_args__, P.__hash__, P(1) == (1,), P(1).__eq__(3))
print(P(1, 2.5, [3]).z, P.y, hasattr(P, 'z'), 'x' in P.__dict__)
t(lambda: P())
t(lambda: P(1, 2, 3, 4))
t(lambda: P(1) < P(2))
t(lambda: field(default=1, default_factory=list))
t(lambda: dataclass(type('A', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1})))
t(lambda: dataclass(type('A', (), {'__annotations__': {'a': list}, 'a': []})))
t(lambda: dataclass(type('A', (), {'__annotations__': {'a': dict}, 'a': {}})))
t(lambda: dataclass(type('A', (), {'__annotations__': {}, 'a': field()})))
t(lambda: dataclass(order=True, eq=False)(type('A', (), {})))
@dataclass(frozen=True)
class F:
    a: int
    b: str = 'b'
t(lambda: setattr(F(1), 'a', 2))
t(lambda: delattr(F(1), 'a'))
t(lambda: setattr(F(1), 'c', 2))
print(hash(F(1)) == hash((1, 'b')), F(1) == F(1), {F(1): 1}[F(1)])
t(lambda: dataclass(type('G', (F,), {'__annotations__': {'c': int}, 'c': 0})))
t(lambda: dataclass(frozen=True)(type('H', (P,), {})))
@dataclass(order=True)
class O:
    a: int
    b: str = field(default='', compare=False)
    c: float = 0
print(O(1) < O(2), O(1, 'z') <= O(1, 'a'), O(2) > O(1, c=5), O(1) >= O(1), sorted([O(3), O(1), O(2)]))
t(lambda: O(1) < 1)
t(lambda: dataclass(order=True)(type('Q', (), {'__lt__': lambda s, o: 1})))
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)
print(hash(UH(1, 2)) == hash((1,)), UH(1, 2) == UH(1, 2, 3))
t(lambda: dataclass(unsafe_hash=True)(type('V', (), {'__hash__': lambda s: 1})))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class ExplicitHash:
    a: int
    def __hash__(self): return 42
print(hash(ExplicitHash(1)))
@dataclass
class WithClassVar:
    a: int
    cv: ClassVar[int] = 10
    cv2: 'ClassVar[str]' = 'x'
    iv: InitVar[int] = 5
    def __post_init__(self, iv):
        self.total = self.a + iv
w = WithClassVar(1, 7)
print(w, w.total, WithClassVar.cv, [f.name for f in fields(w)], list(WithClassVar.__dataclass_fields__), WithClassVar.__doc__)
show(WithClassVar.__dataclass_fields__['iv'])
print(replace(w, a=10, iv=1).total)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
    d: int = field(default=4, kw_only=False)
print(KW(1, c=3), KW.__match_args__, KW.__doc__)
t(lambda: KW(1, 2, 3))
@dataclass(kw_only=True)
class KW2:
    a: int = 0
    b: int
print(KW2(b=1), KW2.__match_args__)
t(lambda: dataclass(type('K3', (), {'__annotations__': {'_': KW_ONLY, '__': KW_ONLY}})))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, metadata={'k': 'v'})
n = Node(1, [Node(2), Node(3, [Node(4)])], {'x': Node(5)})
print(n)
print(asdict(n))
print(astuple(n))
print(asdict(n, dict_factory=OrderedDict))
print(fields(Node)[2].metadata, fields(Node)[2].metadata['k'])
Pt = namedtuple('Pt', 'x y')
@dataclass
class Holder:
    pt: Pt
    tup: tuple
    dd: defaultdict
    s: set
    d: dict
h = Holder(Pt(Node(1), 2), (Node(2), [Node(3)]), defaultdict(list, {'a': [Node(4)]}), {1, 2}, {Node(5).val: Node(6)})
print(asdict(h))
print(astuple(h))
r = asdict(h); print(type(r['pt']), type(r['dd']), r['dd'].default_factory, r['s'] is h.s)
t(lambda: asdict(Node))
t(lambda: astuple(3))
t(lambda: replace(n, nope=1))
print(replace(n, val=9))
@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=7)
    c: list = field(init=False, default_factory=list)
print(NoInit(1), NoInit.__doc__)
t(lambda: replace(NoInit(1), b=2))
@dataclass
class IVNoDefault:
    a: int
    iv: InitVar[int]
    def __post_init__(self, iv): pass
t(lambda: replace(IVNoDefault(1, 2), a=3))
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(int), is_dataclass(3), dataclasses.is_dataclass(F))
t(lambda: fields(3))
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10
print(Derived(), [f.name for f in fields(Derived)], Derived.__doc__)
@dataclass(slots=True)
class Sl:
    a: int
    b: str = 'x'
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, '__dict__'), Sl.__qualname__)
t(lambda: setattr(s, 'c', 1))
@dataclass(slots=True, frozen=True)
class SlF:
    a: int
sf = SlF(3)
print(pickle.loads(pickle.dumps(sf)), copy.deepcopy(sf), SlF.__getstate__(sf))
t(lambda: setattr(sf, 'a', 1))
@dataclass(slots=True, weakref_slot=True)
class SlW:
    a: int
import weakref
print(SlW.__slots__, weakref.ref(SlW(1)) is not None)
t(lambda: dataclass(weakref_slot=True)(type('WW', (), {})))
@dataclass
class Rec:
    a: Any = None
r = Rec(); r.a = r
print(r)
@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0
    i: 'Outer.Inner' = None
print(Outer(Outer.Inner()), Outer.Inner.__qualname__)
X = make_dataclass('X', ['a', ('b', int), ('c', int, field(default=3))], namespace={'m': lambda self: self.a * 2}, bases=(type('PlainBase', (), {'k': 1}),), order=True)
print(X.__doc__, X(1, 2), X(1, 2).m(), X.__module__, X.__mro__[1])
print(X.__annotations__)
t(lambda: make_dataclass('X', ['a', 'a']))
t(lambda: make_dataclass('X', ['a b']))
t(lambda: make_dataclass('X', ['def']))
t(lambda: make_dataclass('X', [('a', int, 3, 4)]))
t(lambda: make_dataclass('X', [('a', int, field(default=1)), 'b']))
Y = make_dataclass('Y', [('q', list, field(default_factory=list))], order=True, module='mymod')
print(Y(), Y.__module__, Y() < Y([1]))
@dataclass
class Def:
    a: int = field(default=1, repr=False, doc='the a')
print(Def(), fields(Def)[0].doc)
show(Def.__dataclass_fields__['a'])
print(copy.replace(P(1, 2.0), y=5.0), P(1).__replace__(x=3))
@dataclass
class WithSelf:
    self: int
print(WithSelf(self=3))
@dataclass(repr=False, eq=False, match_args=False, init=False)
class Bare:
    a: int = 1
print(Bare().a, hasattr(Bare, '__match_args__'), '__repr__' in Bare.__dict__, '__init__' in Bare.__dict__)
show(dataclasses.MISSING)
print(repr(InitVar[int]), repr(InitVar[list[int]]), repr(dataclasses.field()).startswith('Field(name=None'))
print(FrozenInstanceError.__mro__[1], dataclasses.__all__)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(4))
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, cls): return 100 if obj is None else obj.__dict__.get('_v', 7)
    def __set__(self, obj, value): obj.__dict__['_v'] = value
@dataclass
class UsesDesc:
    d: int = Desc()
print(UsesDesc(), UsesDesc(5))
