import contextlib
import io
import os
import sys
import tempfile
from contextlib import (contextmanager, asynccontextmanager, closing, aclosing, suppress, redirect_stdout,
                        redirect_stderr, ExitStack, AsyncExitStack, nullcontext, chdir,
                        AbstractContextManager, AbstractAsyncContextManager, ContextDecorator)

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except BaseException as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

def run(coro):
    """Runs a coroutine that never really suspends."""
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")

log = []
@contextmanager
def tag(name):
    "tag docstring"
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")
with tag("a") as value:
    log.append(value)
print(log, tag.__name__, tag.__doc__, tag("x").__doc__)
log.clear()
try:
    with tag("b"):
        raise KeyError("inside")
except KeyError as e:
    print("propagated", repr(e), log)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("  swallowed", e)
with swallow():
    raise ValueError("v1")
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield
attempt("no yield", lambda: no_yield().__enter__())
@contextmanager
def two_yields():
    yield 1
    yield 2
def use_two():
    with two_yields():
        pass
attempt("two yields", use_two)
@contextmanager
def yield_after_throw():
    try:
        yield
    except Exception:
        yield
def use_yat():
    with yield_after_throw():
        raise ValueError("x")
attempt("yield after throw", use_yat)
@contextmanager
def replace_exc():
    try:
        yield
    except ValueError:
        raise TypeError("replaced")
def use_replace():
    with replace_exc():
        raise ValueError("orig")
attempt("replace", use_replace)
def stop_iteration_inside():
    with tag("s"):
        raise StopIteration("stop")
attempt("StopIteration passes", stop_iteration_inside)
@contextmanager
def plain():
    yield
def stop_through_plain():
    with plain():
        raise StopIteration("direct")
attempt("StopIteration through plain", stop_through_plain)
def runtime_through_plain():
    with plain():
        raise RuntimeError("rt")
attempt("RuntimeError through plain", runtime_through_plain)
cm = plain()
print(cm.__exit__(ValueError, None, None) if False else "-")
cm2 = plain()
cm2.__enter__()
attempt("exit with type only", cm2.__exit__, ValueError, None, None)

# as decorator
calls = []
@tag("deco")
def decorated(x):
    calls.append(x)
    return x * 2
log.clear()
print(decorated(2), decorated(3), log, calls, decorated.__name__)

class Tracker(ContextDecorator):
    def __enter__(self):
        print("  enter")
        return self
    def __exit__(self, *exc):
        print("  exit", exc[0].__name__ if exc[0] else None)
        return False
@Tracker()
def tracked():
    print("  body")
    return 5
print(tracked())

# closing / aclosing
class Closeable:
    def close(self):
        print("  closed")
with closing(Closeable()) as c:
    print("  using", type(c).__name__)
class AsyncCloseable:
    async def aclose(self):
        print("  aclosed")
async def use_aclosing():
    async with aclosing(AsyncCloseable()) as thing:
        return type(thing).__name__
print(run(use_aclosing()))

# suppress
with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed KeyError")
with suppress():
    pass
def suppress_other():
    with suppress(KeyError):
        raise ValueError("not suppressed")
attempt("suppress other", suppress_other)
def group_partial():
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    group_partial()
except ExceptionGroup as eg:
    print("rest", repr(eg), [repr(x) for x in eg.exceptions])
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("whole group suppressed")
with suppress(LookupError):
    [][1]
print("subclass suppressed")

# redirect
buffer = io.StringIO()
with redirect_stdout(buffer) as target:
    print("to buffer")
print(repr(buffer.getvalue()), target is buffer)
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("err text")
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)
outer, inner = io.StringIO(), io.StringIO()
r = redirect_stdout(outer)
with r:
    print("outer1")
    with redirect_stdout(inner):
        print("inner")
    with r:
        print("outer again")
    print("outer2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

# nullcontext
with nullcontext() as n:
    print("null", n)
with nullcontext(42) as n:
    print("null", n)
async def use_null():
    async with nullcontext("async") as n:
        return n
print(run(use_null()))

# chdir
start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    with chdir(tmp):
        print("changed", os.path.realpath(os.getcwd()) == os.path.realpath(tmp))
    print("restored", os.getcwd() == start)

# ExitStack
with ExitStack() as stack:
    for name in ["one", "two", "three"]:
        stack.enter_context(tag(name))
    stack.callback(print, "  callback with", "args", sep="|")
    @stack.push
    def exit_callback(*exc):
        print("  pushed exit", exc)
    log.append("body")
print(log[-8:])
log.clear()
with ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
print("after pop_all", log)
moved.close()
print("after close", log)

def suppressing_exit(*exc):
    print("  suppressing", exc[0].__name__)
    return True
with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise ValueError("will be suppressed")
print("ExitStack suppressed")

def raising_callback(message):
    raise KeyError(message)
def chain():
    with ExitStack() as stack:
        stack.callback(raising_callback, "first registered")
        stack.callback(raising_callback, "second registered")
        raise ValueError("body")
try:
    chain()
except KeyError as e:
    ctx = e.__context__
    print("final", repr(e), "context", repr(ctx), "context of context", repr(ctx.__context__),
          repr(ctx.__context__.__context__))
def suppress_then_raise():
    with ExitStack() as stack:
        stack.callback(raising_callback, "after suppress")
        stack.push(suppressing_exit)
        raise ValueError("first")
try:
    suppress_then_raise()
except KeyError as e:
    print("raised", repr(e), repr(e.__context__))

class ObjectWithExit:
    def __exit__(self, *exc):
        print("  object __exit__", exc[0])
with ExitStack() as stack:
    stack.push(ObjectWithExit())
attempt("enter non-cm", ExitStack().enter_context, object())
attempt("enter half-cm", ExitStack().enter_context, ObjectWithExit())
with ExitStack() as stack:
    wrapped = stack.callback(len, [])
    print(wrapped is len, stack._exit_callbacks[-1][1].__wrapped__ is len)

# AsyncExitStack and asynccontextmanager
@asynccontextmanager
async def atag(name):
    "async doc"
    log.append("<a " + name + ">")
    try:
        yield name
    finally:
        log.append("</a " + name + ">")
async def use_async_stack():
    async with AsyncExitStack() as stack:
        first = await stack.enter_async_context(atag("x"))
        stack.enter_context(tag("sync"))
        async def acb(v):
            log.append("acb " + v)
        stack.push_async_callback(acb, "v")
        async def aexit(*exc):
            log.append("aexit")
        stack.push_async_exit(aexit)
        stack.callback(log.append, "sync cb")
        log.append("body " + first)
    return log[:]
log.clear()
print(run(use_async_stack()), atag.__doc__)
async def async_raise():
    async with atag("r"):
        raise ValueError("in async")
log.clear()
attempt("async raise", run, async_raise())
print(log)
@asynccontextmanager
async def ano_yield():
    if False:
        yield
attempt("async no yield", run, ano_yield().__aenter__())
@asynccontextmanager
async def atwo():
    yield 1
    yield 2
async def use_atwo():
    async with atwo():
        pass
attempt("async two yields", run, use_atwo())
@asynccontextmanager
async def aswallow():
    try:
        yield
    except KeyError:
        pass
async def use_aswallow():
    async with aswallow():
        raise KeyError("k")
    return "swallowed"
print(run(use_aswallow()))
@atag("decorated")
async def adecorated():
    return "adeco"
log.clear()
print(run(adecorated()), log)
async def enter_bad():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(tag("not async"))
attempt("async enter sync cm", run, enter_bad())
async def aclose_stack():
    stack = AsyncExitStack()
    await stack.enter_async_context(atag("closing"))
    await stack.aclose()
    return log[-1]
print(run(aclose_stack()))

# ABCs
class Manual:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class NoneExit:
    __enter__ = lambda self: self
    __exit__ = None
print(issubclass(Manual, AbstractContextManager), isinstance(Manual(), AbstractContextManager),
      issubclass(NoneExit, AbstractContextManager), issubclass(int, AbstractContextManager),
      issubclass(io.StringIO, AbstractContextManager))
class AManual:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass
print(issubclass(AManual, AbstractAsyncContextManager), issubclass(Manual, AbstractAsyncContextManager),
      issubclass(nullcontext, AbstractAsyncContextManager))
class Concrete(AbstractContextManager):
    def __exit__(self, *a):
        return None
with Concrete() as cc:
    print(type(cc).__name__)
attempt("abstract instantiation", AbstractContextManager)
print(AbstractContextManager[int], AbstractAsyncContextManager[str])
print(sorted(contextlib.__all__))

# AsyncExitStack: exception chaining and suppression across sync and async callbacks
async def async_chain():
    async def raising(message):
        raise KeyError(message)
    async def suppressing(*exc):
        log.append("suppressing " + exc[0].__name__)
        return True
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(raising, "async first")
            stack.callback(raising_callback, "sync second")
            raise ValueError("async body")
    except KeyError as e:
        log.append(f"{e!r} <- {e.__context__!r} <- {e.__context__.__context__!r}")
    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppressing)
        raise ValueError("swallowed")
    return log[-2:]
log.clear()
print(run(async_chain()))
async def aclosing_on_error():
    try:
        async with aclosing(AsyncCloseable()):
            raise RuntimeError("inside aclosing")
    except RuntimeError as e:
        return repr(e)
print(run(aclosing_on_error()))
def closing_on_error():
    with closing(Closeable()):
        raise KeyError("inside closing")
attempt("closing error", closing_on_error)
