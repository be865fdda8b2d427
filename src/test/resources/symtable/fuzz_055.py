for c in __p: pass
for c in (lambda c: T): pass
