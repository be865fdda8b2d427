c += __class__
if __class__:
    y: int
print(b)
for T in T: pass
