# Randomized (fixed seed) deque operations, each checked against a list model and printed.
import random
from collections import deque

rng = random.Random(5)
for round_number in range(6):
    maxlen = rng.choice([None, 0, 1, 3, 7])
    d = deque(maxlen=maxlen)
    model = []
    def trim_right():
        while maxlen is not None and len(model) > maxlen:
            model.pop()
    def trim_left():
        while maxlen is not None and len(model) > maxlen:
            model.pop(0)
    log = []
    for step in range(300):
        op = rng.randrange(10)
        value = rng.randrange(100)
        if op == 0:
            d.append(value); model.append(value); trim_left()
        elif op == 1:
            d.appendleft(value); model.insert(0, value); trim_right()
        elif op == 2 and model:
            log.append(d.pop() == model.pop())
        elif op == 3 and model:
            log.append(d.popleft() == model.pop(0))
        elif op == 4:
            n = rng.randrange(-10, 10)
            d.rotate(n)
            if model:
                n %= len(model)
                model[:] = model[-n:] + model[:-n] if n else model
        elif op == 5 and model:
            i = rng.randrange(-len(model), len(model))
            log.append(d[i] == model[i])
            d[i] = value; model[i] = value
        elif op == 6:
            items = [rng.randrange(100) for _ in range(rng.randrange(4))]
            d.extend(items); model.extend(items); trim_left()
        elif op == 7 and model:
            i = rng.randrange(len(model))
            del d[i]; del model[i]
        elif op == 8:
            d.reverse(); model.reverse()
        elif op == 9 and (maxlen is None or len(model) < maxlen):
            i = rng.randrange(-5, len(model) + 5)
            d.insert(i, value); model.insert(i, value)
        if list(d) != model:
            print("MISMATCH at", round_number, step, op, list(d), model)
            break
    print(round_number, maxlen, list(d), all(log), len(log))
