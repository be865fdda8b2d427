__p = T
for b in a: pass
