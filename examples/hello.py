# The first program Ember runs: bin/ember examples/hello.py
def greet(name):
    return f"Hello, {name}!"

print(greet("world"))
