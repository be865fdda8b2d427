T = b
y: b = f0(a)
