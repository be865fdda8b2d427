match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3 + 4j | 5 - 6j:
        pass
    case "s" "t":
        pass
    case b"b":
        pass
    case None:
        pass
    case True | False:
        pass
    case a:
        pass
    case _:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case (a):
        pass
    case (a, b):
        pass
    case [a, b, *rest]:
        pass
    case [*_]:
        pass
    case []:
        pass
    case ():
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case {}:
        pass
    case {"k": v, 1: w, a.b: c}:
        pass
    case {"k": v, **rest}:
        pass
    case {**rest}:
        pass
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case a.Point(1, y=2,):
        pass
    case [1, 2] as pair:
        pass
    case (1 | 2) as n if n > 1:
        pass
    case x if x:
        pass
    case {"a": [1, {"b": _}]}:
        pass
match (a, b):
    case _: pass
match a, b:
    case _: pass
match *a, b:
    case _: pass
match = 1
match.x = 2
match(x)
case = 3
type = 4
type(x)
_ = 5
