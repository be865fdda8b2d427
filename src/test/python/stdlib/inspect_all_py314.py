# inspect: predicates, getmembers/getmro/unwrap, docs, source lookup, frames, and
# signatures (str, repr, parameters, bind, partial, classes, methods, errors).
import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kwargs):
    """A plain function.

        Indented detail.
    """
    return a


def annotated(x: int, y: 'str' = 'y', /, z: list[int] = None, *, w: float) -> bool:
    return True


def positional_only(a, b, /):
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Base:
    """Base docstring."""

    def method(self, value):
        """Method docstring."""
        return value

    @classmethod
    def make(cls, size=1):
        return cls()

    @staticmethod
    def helper(item, *, flag=False):
        return item

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self, value):
        return value * 2


class WithInit:
    def __init__(self, first, second=None):
        pass


class WithNew:
    def __new__(cls, *items):
        return super().__new__(cls)


class Callable:
    def __call__(self, event, *, retries=3):
        pass


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@decorator
def wrapped(alpha, beta=1):
    pass


g = gen()
c = coro()
for name in ('ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
             'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
             'isbuiltin', 'isroutine', 'isawaitable', 'iscode', 'isabstract',
             'ismethoddescriptor', 'isdatadescriptor'):
    predicate = getattr(inspect, name)
    print(name, [predicate(obj) for obj in (inspect, Base, Base().method, plain, gen, g, coro,
                                            c, agen, len, plain.__code__, Base.__dict__['prop'],
                                            str.join, Base.make)])
c.close()

print([name for name, _ in inspect.getmembers(Child) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Child(), inspect.ismethod)])
print(inspect.getmro(Child))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.unwrap(plain) is plain)
print(inspect.unwrap(wrapped, stop=lambda f: True) is wrapped)
loop = lambda: None
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as err:
    print('ValueError:', str(err).split(' at ')[0])
print(repr(inspect.cleandoc(plain.__doc__)))
print(repr(inspect.cleandoc('\n\n   first\n     second\n   third\n\n')))
print(inspect.getdoc(plain), inspect.getdoc(Child), inspect.getdoc(Child.method),
      inspect.getdoc(Child().method), inspect.getdoc(42)[:10])

for obj in (plain, annotated, positional_only, gen, Base.method, Base().method, Base.make,
            Base.helper, Child, WithInit, WithNew, Callable, Callable(), wrapped,
            functools.partial(plain, 1, c=3), functools.partial(annotated, 1),
            functools.partial(positional_only, 1), lambda x, *, y=[1]: x, len, divmod):
    sig = inspect.signature(obj)
    print(sig, '|', repr(sig), '|', [str(p.kind) for p in sig.parameters.values()])
print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(annotated).format(max_width=20))
for obj in (42, type, object):
    try:
        print(inspect.signature(obj))
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)

sig = inspect.signature(plain)
param = sig.parameters['b']
print(param, repr(param), param.name, param.default, param.kind, param.kind.description,
      param.annotation is inspect.Parameter.empty, int(param.kind))
print(list(sig.parameters), sig.return_annotation is inspect.Signature.empty)
bound = sig.bind(1, 2, 3, c=5, extra=6)
print(bound, bound.args, bound.kwargs)
bound.apply_defaults()
print(bound.arguments)
print(sig.bind_partial(c=1))
for args, kwargs in (((), {}), ((1,), {}), ((1, 2), {'b': 3, 'c': 1}), ((1,), {'c': 1, 'a': 2})):
    try:
        sig.bind(*args, **kwargs)
    except TypeError as err:
        print('TypeError:', err)
po = inspect.signature(positional_only)
for args, kwargs in (((1, 2, 3), {}), ((1,), {'b': 2}), ((), {'a': 1, 'b': 2})):
    try:
        po.bind(*args, **kwargs)
    except TypeError as err:
        print('TypeError:', err)
try:
    inspect.signature(Callable).bind(1)
except TypeError as err:
    print('TypeError:', err)

P = inspect.Parameter
made = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1),
                          P('args', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation=int),
                          P('kw', P.VAR_KEYWORD)], return_annotation=str)
print(made, made == inspect.Signature(list(made.parameters.values()), return_annotation=str))
print(made.replace(return_annotation=inspect.Signature.empty))
print(P('x', P.KEYWORD_ONLY).replace(default=None, annotation='T'))
for build in (lambda: P('1x', P.POSITIONAL_ONLY), lambda: P(3, P.POSITIONAL_ONLY),
              lambda: P('a', 7), lambda: P('args', P.VAR_POSITIONAL, default=()),
              lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
              lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1),
                                         P('b', P.POSITIONAL_ONLY)]),
              lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]),
              lambda: P('class', P.KEYWORD_ONLY)):
    try:
        build()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print(inspect.getfullargspec(plain))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]),
      inspect.formatannotation(Base), inspect.formatannotation('text'))

lines, start = inspect.getsourcelines(Base.method)
print(start, lines)
print(inspect.getsource(positional_only), end='')
print(inspect.getsource(Child), end='')
print(inspect.getsourcefile(plain) == __file__, inspect.getfile(Base) == __file__)
print(inspect.getmodule(Base).__name__, inspect.getmodule(plain) is inspect.getmodule(Child))


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    outer = inspect.stack()[1]
    return frame.f_code.co_name, info.function, info.lineno, info.code_context, outer.function


print(where())
