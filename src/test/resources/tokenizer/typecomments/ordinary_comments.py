# a comment
x = 1  # not a type comment
# typo: int
y = 2  # type int
