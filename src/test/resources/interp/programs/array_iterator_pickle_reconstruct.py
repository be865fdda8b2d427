# array.array: iterators pickle as (iter, (array,), index) and resume where they were (the
# array is shared with the unpickled iterator); the UTF-16 machine formats of
# _array_reconstructor join surrogate pairs into one character.
import array
import pickle
from array import _array_reconstructor

orig = array.array("i", [1, 2, 3, 4])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(orig)
    next(it)
    copy_it, copy = pickle.loads(pickle.dumps((it, orig), proto))
    copy.fromlist([9, 8])
    print(proto, type(copy_it).__name__, list(copy_it), list(it))
    done, copy = pickle.loads(pickle.dumps((it, orig), proto))
    copy.append(5)
    print(proto, list(done))

it = iter(orig)
print(it.__reduce__())
it.__setstate__(3)
print(list(it))
it = iter(orig)
it.__setstate__(-5)
print(next(it), it.__reduce__()[2])
it.__setstate__(99)
print(list(it), it.__reduce__())
try:
    iter(orig).__setstate__("x")
except TypeError as e:
    print("TypeError:", e)


class Sub(array.array):
    pass


s = Sub("b", [7, 8])
rebuilt = pickle.loads(pickle.dumps(iter(s)))
print(list(rebuilt), type(iter(s).__reduce__()[1][0]).__name__)

text = "Bonne Journ\xe9e \U0002030a\U00020347"
for code, encoding in ((18, "UTF-16-LE"), (19, "UTF-16-BE"), (20, "UTF-32-LE"), (21, "UTF-32-BE")):
    rebuilt = _array_reconstructor(array.array, "w", code, text.encode(encoding))
    print(code, len(rebuilt), rebuilt == array.array("w", text), rebuilt.tounicode() == text)
