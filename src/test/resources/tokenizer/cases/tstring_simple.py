t'hello {name}!' T"{a!r:>{w}}" rt'\d{x}' Tr'{{}}'
