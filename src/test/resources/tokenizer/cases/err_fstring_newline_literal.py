x = f'abc
def'
