import concurrent.futures as cf

f = cf.Future()
def bad_callback(fut):
    raise ZeroDivisionError("callback")
f.add_done_callback(bad_callback)
f.set_result(1)
print("result still", f.result())

def init_fails():
    raise OSError("no init")
ex = cf.ThreadPoolExecutor(1, initializer=init_fails)
fut = ex.submit(abs, -1)
try:
    fut.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(abs, -2)
except cf.BrokenExecutor as e:
    print("submit:", type(e).__name__)
ex.shutdown()
