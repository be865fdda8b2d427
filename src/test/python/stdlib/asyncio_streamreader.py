# asyncio.StreamReader fed by hand: read, readline, readexactly, readuntil, limits, EOF, errors
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    r = asyncio.StreamReader()
    print(repr(r))
    r.feed_data(b'hello\nwor')
    print(repr(r), await r.readline())

    async def later():
        await asyncio.sleep(0)
        r.feed_data(b'ld\nrest')
        await asyncio.sleep(0)
        r.feed_eof()
    feeder = asyncio.create_task(later())
    print(await r.readline())
    print(await r.read(), r.at_eof(), repr(r))
    await feeder
    print(await r.read(), await r.readline())

    r = asyncio.StreamReader(limit=8)
    print(repr(r))
    r.feed_data(b'abc;def;;ghi')
    print(await r.readuntil(b';'), await r.readuntil(b';;'), await r.readexactly(2))
    r.feed_data(b'0123456789xyz')
    try:
        await r.readuntil(b'!')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    r.feed_data(b'!')
    try:
        await r.readuntil(b'!')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'toolongline\nok\n')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    print(await r.readline())
    r.feed_eof()

    r = asyncio.StreamReader()
    r.feed_data(b'a|b#c')
    print(await r.readuntil((b'#', b'|')), await r.readuntil((b'#', b'|')))
    r.feed_eof()
    try:
        await r.readuntil(b'#')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e, e.partial, e.expected)
    r = asyncio.StreamReader()
    r.feed_data(b'xy')
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e, e.partial, e.expected)
    for bad in (lambda: r.readexactly(-1), lambda: r.readuntil(b''), lambda: r.readuntil(())):
        try:
            await bad()
        except ValueError as e:
            print('ValueError', e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)

    r = asyncio.StreamReader()
    r.feed_data(b'one\ntwo\nthree')
    r.feed_eof()
    print([line async for line in r])

    r = asyncio.StreamReader()
    waiting = asyncio.create_task(r.read(3))
    await asyncio.sleep(0)
    print(repr(r).startswith('<StreamReader waiter=<Future pending'))
    second = asyncio.create_task(r.read(3))
    try:
        await second
    except RuntimeError as e:
        print(e)
    r.set_exception(ConnectionResetError('gone'))
    try:
        await waiting
    except ConnectionResetError as e:
        print('ConnectionResetError', e, repr(r.exception()))
    try:
        await r.read()
    except ConnectionResetError as e:
        print('again', e)
    r = asyncio.StreamReader()
    r.feed_eof()
    try:
        r.feed_data(b'x')
    except AssertionError as e:
        print('AssertionError', e)
    print(await r.read(5), await r.readexactly(0))
    c = asyncio.open_connection('localhost', 1)
    c.close()


asyncio.run(main())
