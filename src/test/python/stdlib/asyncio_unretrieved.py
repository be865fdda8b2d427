# asyncio: "Future/Task exception was never retrieved", reported when the failed future is
# collected (gc.collect() makes the moment the same on CPython and Ember)
import asyncio
import gc
import logging
import re
import sys


class Short(logging.Formatter):
    """The record without file paths and traceback frames."""
    def format(self, record):
        text = re.sub(r' at [^ >]+:\d+', ' at FILE:N', record.getMessage())
        text = f'{record.levelname}:{record.name}:{text}'
        if record.exc_info:
            text += f' | {record.exc_info[0].__name__}: {record.exc_info[1]}'
        return text


out = logging.StreamHandler(sys.stdout)
out.setFormatter(Short())
logging.getLogger('asyncio').addHandler(out)


async def fail(message):
    raise ValueError(message)


async def main():
    t = asyncio.create_task(fail('lost in a task'), name='lost')
    await asyncio.sleep(0)
    print('task done', t.done())
    t = None
    gc.collect()
    print('after collect')

    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('k'))
    f = None
    gc.collect()

    # retrieved in any way: nothing is reported
    for retrieve in (lambda t: t.exception(), lambda t: t.cancel(), lambda t: t.result()):
        t = asyncio.create_task(fail('seen'))
        await asyncio.sleep(0)
        try:
            retrieve(t)
        except ValueError:
            pass
        t = None
        gc.collect()
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('k'))
    f._log_traceback = False
    try:
        f._log_traceback = True
    except ValueError as e:
        print(e)
    f = None
    gc.collect()
    print('nothing else reported')

    # a custom handler gets the context
    seen = []
    asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: seen.append(sorted(ctx)))
    t = asyncio.create_task(fail('to the handler'))
    await asyncio.sleep(0)
    t = None
    gc.collect()
    print(seen)


asyncio.run(main())
