a = 'single'
b = "double"
c = ''
d = ""
e = 'it\'s'
f = "say \"hi\""
g = 'back\\'
h = 'line\
continued'
