# leading comment
x = 1  # trailing

    # indented comment
if x:
    # comment before statement
    y = 2
# dedent comment
z = 3
