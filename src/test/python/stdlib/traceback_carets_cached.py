# traceback's caret lines and "Did you mean" suggestions, each case formatted twice (the second
# time from traceback's per-source parse caches), against CPython's output.
import traceback

def binop(a, b):
    return a + \
        b

def subscript(d):
    x = d['key']['inner']
    return x

def call(f):
    return f(1,
             2)

def wide():
    ｘ = {'ｋｅｙ': 1}
    return ｘ['ｎｏ'] + 1

def attribute(obj):
    return obj.lenght

def nested():
    return [1, 2][5] * 3

class Thing:
    def __init__(self):
        self.value = 1
    def method(self):
        return valeu

def name_error():
    CamelCase = 1
    return camelcase

def non_ascii_suggestion():
    café = 1
    return cafe

def whole_call():
    result = int('x')
    return result

cases = [
    lambda: binop(1, 'x'), lambda: subscript({'key': {}}), lambda: call(len), lambda: wide(),
    lambda: attribute([]), lambda: nested(), lambda: Thing().method(), lambda: name_error(),
    lambda: non_ascii_suggestion(), lambda: whole_call(), lambda: print(lenn),
]
for make in cases:
    for attempt in range(2):
        try:
            make()
        except Exception:
            text = traceback.format_exc()
            print(text.replace(__file__, 'FILE'))
