f'hello {name}!'
F"{a} and {b}"
f''
f'{x}'
