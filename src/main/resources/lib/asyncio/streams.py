"""Streams need sockets, which Ember's event loop does not have yet."""

__all__ = ('open_connection', 'start_server', 'open_unix_connection', 'start_unix_server')


def _unsupported(name):
    raise NotImplementedError(f'asyncio.{name}() is not supported by Ember yet (no sockets)')


async def open_connection(host=None, port=None, **kwargs):
    _unsupported('open_connection')


async def start_server(client_connected_cb, host=None, port=None, **kwargs):
    _unsupported('start_server')


async def open_unix_connection(path=None, **kwargs):
    _unsupported('open_unix_connection')


async def start_unix_server(client_connected_cb, path=None, **kwargs):
    _unsupported('start_unix_server')
