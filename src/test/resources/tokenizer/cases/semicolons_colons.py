a = 1; b = 2;
if x: y = 1
while 0: pass
