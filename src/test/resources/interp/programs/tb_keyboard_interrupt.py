# An uncaught KeyboardInterrupt: traceback, then exit status 130 (CPython re-raises SIGINT)
def interrupted():
    raise KeyboardInterrupt


interrupted()
