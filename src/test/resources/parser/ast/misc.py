# comment only line
x = 1  # trailing comment

if x:

    # indented comment
    y = 2


z = (1,
     2,
     3)
w = [
    1,
    2,
]
s = """multi
line
string"""
def f(
    a,
    b,
):
    return (a
            + b)
class C:
    def m(self):
        return self.x

    @property
    def p(self):
        return 1
x = \
    5
é = 1
ñame = 2
ﬁ = 3
a = 1;
