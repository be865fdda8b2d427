# recorded with CPython 3.14
# A lambda in an f-string replacement field: its ':' starts the format spec, so only a lambda whose
# spec is literal text (or empty) gets the "not allowed without parentheses" message; one whose
# spec starts with a nested field parses as lambda-with-a-set-body and fails at the spec's end.
import ast
for src in ["f'{lambda x:{x}}'", "f'{lambda x: 1}'", "f'{lambda:1}'", "f'{lambda x:{x}!r}'",
            "f'{(lambda x:{x})}'", "f'{lambda x, y:{x}}'", "f'{lambda *a:{x}}'", "f'{lambda}'",
            "f'{lambda x:}'", "f'{lambda x:{x} }'", "f'{lambda x:{x}{x}}'", "f'{x:{y}}}'",
            "f'{x:{y}'", "f'{x:}}'", "t'{lambda x:{x}}'", "t'{lambda x:}'", "f'{x}}'",
            "f'{x:{y}}}}'", "f'{x:{{y}}}'"]:
    try:
        compile(src, "<s>", "exec")
        print(src, "ok")
    except SyntaxError as e:
        print(src, type(e).__name__, e.args)
# Format specs keep their shape (an empty spec is an empty JoinedStr; empty parts are dropped).
for s in ["f'{x:}'", "f'{x:{y}}'", "f'{x:{y}a{z}}'", "f'{x:a{y}}'", "f'{x!r:}'", "t'{x:}'",
          "t'{x:{y}}'", "f'{x:{y}{z}}'", "f'{x:{y}}}}'"]:
    try:
        print(s, ast.dump(ast.parse(s), include_attributes=True))
    except SyntaxError as e:
        print(s, e.args)
