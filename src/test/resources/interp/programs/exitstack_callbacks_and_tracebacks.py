# ExitStack keeps a context manager's __exit__ as a method bound to it, and an exception raised
# by an exit callback is re-raised from ExitStack.__exit__ itself (no helper frame in the
# traceback) with the context chain the callbacks built.
import asyncio
import traceback
from contextlib import AsyncExitStack, ExitStack


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *details):
        print("exit", self.name, details[0])
        return False


with ExitStack() as stack:
    first = stack.enter_context(Resource("first"))
    stack.push(Resource("pushed"))
    for is_sync, callback in stack._exit_callbacks:
        print(type(callback).__name__, callback.__self__.name, callback.__func__ is Resource.__exit__)


def raise_exc(exc):
    raise exc


try:
    with ExitStack() as stack:
        stack.callback(raise_exc, ValueError("from the callback"))
        1 / 0
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
    # library lines differ between implementations: their function names are compared, and the
    # first __exit__ entry must be the re-raise itself
    entries = traceback.extract_tb(e.__traceback__)
    print([entry.name for entry in entries])
    print(entries[1].name, "|", entries[1].line)


class AsyncResource:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *details):
        print("async exit", details[0])


async def main():
    async with AsyncExitStack() as stack:
        resource = await stack.enter_async_context(AsyncResource())
        is_sync, callback = stack._exit_callbacks[-1]
        print(is_sync, type(callback).__name__, callback.__self__ is resource)

asyncio.run(main())
