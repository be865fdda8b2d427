a = r'raw\n' R'x' b'bytes' B'x' u'uni' U'x'
b = rb'x' Rb'x' bR'x' BR'x' br'x' Br'x' rB'x' RB'x'
c = b'''multi
line''' rb"""x"""
