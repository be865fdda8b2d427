# Position markers under a binary operation deep in a call chain
def average(values):
    total = sum(values)
    return total / len(values) + values[0] * 0


def report(rows):
    return {name: average(vals) for name, vals in rows.items()}


data = {"a": [1, 2, 3], "b": []}
print(report({"a": data["a"]}))
result = report(data)
