# Subscripts, attribute calls, whole-line calls and assignments of calls
config = {"section": {"key": 1}}


def lookup(name):
    value = config["section"][name]
    return value


def call_through(f, arg):
    f(arg)


def assign(arg):
    x = call_through(lookup, arg)
    return x


assign("missing")
