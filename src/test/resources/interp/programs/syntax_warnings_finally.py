# recorded with CPython 3.14: PEP 765, control flow leaving a finally block
def f1():
    try:
        pass
    finally:
        return 1

def f2():
    for i in range(3):
        try:
            pass
        finally:
            break
    for _ in range(2):
        try:
            pass
        finally:
            continue

def f3():
    try:
        pass
    finally:
        for i in range(2):
            if i:
                break
            continue
        while False:
            return 3
        def inner():
            return 4
        class C:
            for j in ():
                break

class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def f4():
    try:
        pass
    finally:
        try:
            pass
        finally:
            with Quiet():
                return 5
        if True:
            return 6

def f5():
    for x in ():
        try:
            pass
        finally:
            def g():
                for y in ():
                    break
                return 7
            else_ = 1
    try:
        pass
    except Exception:
        return 8
    else:
        pass
    finally:
        match 1:
            case 1:
                return 9

print(f1(), f2(), f3(), f4(), f5())
