"""Constants of the asyncio package."""

# how long Runner.close waits for the default executor's threads
THREAD_JOIN_TIMEOUT = 300
# the loop never waits longer than this in one step (as CPython's selector loops)
MAXIMUM_SELECT_TIMEOUT = 24 * 3600
DEBUG_STACK_DEPTH = 10
