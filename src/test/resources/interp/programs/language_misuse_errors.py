def t(f):
    try:
        r = f()
        print("ok", repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: BaseException.__new__(ExceptionGroup))
t(lambda: ExceptionGroup.__str__(ValueError()))
t(lambda: ExceptionGroup.split(ValueError(), ValueError))
t(lambda: BaseExceptionGroup.message.__get__(ValueError()))
t(lambda: ExceptionGroup.__new__(ValueError, "m", [ValueError()]))
pass
pass
async def a(): yield 1
ag = a()
asend = ag.asend(None)
t(lambda: type(asend).send(5, None))
asend.close()
athrow = ag.athrow(5)
t(lambda: athrow.send(None))
t(lambda: anext(ag, 1).throw(5))
async def c(): pass
co = c()
t(lambda: co.__await__().throw(5))
t(lambda: co.__await__().send(None))
t(lambda: type(co.__await__())())
t(lambda: ExceptionGroup("m", [ValueError()]).split(lambda e: 1 / 0))
t(lambda: ExceptionGroup("m", [ValueError()]).derive(5))
class BadDerive(ExceptionGroup):
    def derive(self, excs): return 5
t(lambda: BadDerive("m", [ValueError(), TypeError()]).split(ValueError))
t(lambda: type(list[int])(list))
t(lambda: list[int].__mro_entries__(5))
import sys
t(lambda: sys.exc_info())
