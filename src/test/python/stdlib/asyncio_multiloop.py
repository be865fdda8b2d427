# asyncio: several event loops running at once in parallel threads (tasks, all_tasks, queues)
import asyncio, threading
results = {}
async def work(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0.001)
    return i
async def main(n):
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(work(i)) for i in range(200)]
    assert asyncio.all_tasks() == {asyncio.current_task()}
    q = asyncio.Queue()
    for i in range(50): q.put_nowait(i)
    total = 0
    while not q.empty(): total += await q.get()
    return sum(t.result() for t in ts) + total
def run(n):
    results[n] = asyncio.run(main(n))
threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results.items()))
