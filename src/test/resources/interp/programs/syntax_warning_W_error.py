# With -W error a tokenizer SyntaxWarning is the SyntaxError CPython reports instead.
print("never runs")
value = 1if True else 2
