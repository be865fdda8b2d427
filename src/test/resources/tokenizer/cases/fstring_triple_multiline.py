x = f'''line1
{a +
  b}
line3 {c:>{w}}
'''
