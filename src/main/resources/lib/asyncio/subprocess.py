"""Subprocesses need an I/O-capable event loop, which Ember does not have yet."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')


async def create_subprocess_exec(program, *args, **kwargs):
    raise NotImplementedError('asyncio.create_subprocess_exec() is not supported by Ember yet')


async def create_subprocess_shell(cmd, **kwargs):
    raise NotImplementedError('asyncio.create_subprocess_shell() is not supported by Ember yet')
