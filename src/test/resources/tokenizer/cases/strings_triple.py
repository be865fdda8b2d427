a = '''one
two
three'''
b = """with "quotes" inside"""
c = ''''''
d = '''a''b'''
e = """x\"""" 
