# unittest.IsolatedAsyncioTestCase: async setUp/tearDown/tests/cleanups in one loop and context
import asyncio
import contextvars
import io
import logging
import re
import unittest

# debug-mode loops warn about slow steps; not what this program is about
logging.getLogger('asyncio').setLevel(logging.ERROR)

events = []
var = contextvars.ContextVar('var', default='unset')


class Resource:
    async def __aenter__(self):
        events.append('resource enter')
        return 'resource'

    async def __aexit__(self, *exc):
        events.append(f'resource exit {exc}')


class Example(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append(f'setUp loop={asyncio.get_event_loop() is not None}')
        var.set('from setUp')

    async def asyncSetUp(self):
        self.loop = asyncio.get_running_loop()
        events.append(f'asyncSetUp var={var.get()} debug={self.loop.get_debug()}')
        self.addAsyncCleanup(self.cleanup, 'async cleanup')
        self.addCleanup(events.append, 'sync cleanup')

    async def cleanup(self, tag):
        await asyncio.sleep(0)
        events.append(f'{tag} var={var.get()}')

    async def test_1_sleep(self):
        events.append('test sleep')
        await asyncio.sleep(0.001)
        self.assertIs(asyncio.get_running_loop(), self.loop)
        self.assertEqual(var.get(), 'from setUp')

    async def test_2_fails(self):
        events.append('test fails')
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    async def test_3_error(self):
        events.append('test error')
        raise KeyError('oops')

    def test_4_sync(self):
        events.append('test sync')

    async def test_5_context(self):
        value = await self.enterAsyncContext(Resource())
        events.append(f'got {value}')

    async def test_6_bad_context(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        events.append(str(cm.exception))

    @unittest.skip('not today')
    async def test_7_skipped(self):
        events.append('never')

    @unittest.expectedFailure
    async def test_8_expected(self):
        raise AssertionError('expected')

    async def test_9_tasks_left(self):
        async def forever():
            try:
                await asyncio.sleep(100)
            finally:
                events.append('leftover task cancelled')
        asyncio.create_task(forever())
        await asyncio.sleep(0)

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append(f'tearDown var={var.get()}')


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Example)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
report = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in Ns', stream.getvalue())
# the traceback frames differ (CPython's Task and Future are in C): keep the other lines
kept = []
for line in report.splitlines():
    if line.startswith('  '):
        continue
    kept.append(line)
print('\n'.join(kept))
for test, text in result.failures + result.errors:
    print(test.id(), '->', text.strip().splitlines()[-1])
for e in events:
    print(e)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures))
print('IsolatedAsyncioTestCase' in dir(unittest))
events.clear()
Example('test_4_sync').debug()
print(events)
