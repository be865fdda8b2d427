t'''a
{b}
c'''
