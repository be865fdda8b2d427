data = [1, 2, 3]
squares = [v * v for v in data]
evens = {v for v in data if v % 2 == 0}
mapping = {k: str(k) for k in data}
gen = (v + 1 for v in data)
