# sys._getframe, frame attributes and the caller chain
import sys


def callee():
    caller = sys._getframe(1)
    print("caller name:", caller.f_code.co_name)
    print("caller locals:", sorted(caller.f_locals))
    print("caller's x:", caller.f_locals["x"])
    me = sys._getframe()
    print("me:", me.f_code.co_name, me.f_back is caller, me.f_back.f_back.f_code.co_name)
    print("globals shared:", me.f_globals is globals(), me.f_builtins is caller.f_builtins)
    print("lasti is even int:", type(me.f_lasti).__name__, me.f_lasti % 2)
    return me


def middle(x):
    y = x * 2
    return callee()


frame = middle(21)
print("after return, f_back kept:", frame.f_back.f_code.co_name)
print("f_lineno of returned frame:", frame.f_lineno)


def lines():
    f = sys._getframe()
    seen = []
    for i in range(3):
        seen.append(f.f_lineno)
    seen.append(f.f_lineno)
    while True:
        seen.append(f.f_lineno)
        break
    return seen


print("line numbers:", lines())
top = sys._getframe()
print("module frame:", top.f_code.co_name, top.f_back, top.f_locals is globals())
print("module name:", sys._getframemodulename(), sys._getframemodulename(0))


def depth():
    return sys._getframemodulename(1)


print("depth 1:", depth())
for bad in (100, 10**3):
    try:
        sys._getframe(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)


class K:
    here = sys._getframe()
    print("class frame name:", here.f_code.co_name, "here" in here.f_locals)


# f_trace is stored
frame.f_trace = print
print("f_trace stored:", frame.f_trace is print, frame.f_trace_lines, frame.f_trace_opcodes)
frame.f_trace = None
try:
    frame.f_lineno = 3
except ValueError as e:
    print("ValueError:", e)
try:
    frame.f_code = None
except AttributeError as e:
    print("AttributeError:", e)

# clear()
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)
frame.clear()
print("cleared locals:", frame.f_locals)

# tracebacks carry frames
def fails(n):
    local_value = n
    raise KeyError(n)


try:
    fails(7)
except KeyError as e:
    tb = e.__traceback__
    print("tb chain:", tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    print("tb lines:", tb.tb_lineno, tb.tb_next.tb_lineno)
    print("failing frame locals:", tb.tb_next.tb_frame.f_locals)
    print("tb_lasti even:", tb.tb_lasti % 2 == 0)
    print("tb frame is module frame:", tb.tb_frame is sys._getframe())
print("type names:", type(frame).__name__, type(tb).__name__)
