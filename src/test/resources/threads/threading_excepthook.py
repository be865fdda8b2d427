import threading, sys

def boom():
    raise ValueError("boom")

t = threading.Thread(target=boom)
t.start(); t.join()
print("after default hook", t.is_alive())

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
threading.excepthook = hook
t = threading.Thread(target=boom, name="named")
t.start(); t.join()
print(seen)

def exits():
    raise SystemExit(5)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=exits); t.start(); t.join()
print("SystemExit ignored")

def failing_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = failing_hook
t = threading.Thread(target=boom, name="hooked"); t.start(); t.join()
print("done")
