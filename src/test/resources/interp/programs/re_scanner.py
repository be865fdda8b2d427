# re.Scanner: the lexicon's patterns as one alternation, actions called with the scanner (scanner.match set), None dropped, the unmatched rest returned.
import re
def ident(scanner, token): return ('ID', token)
sc = re.Scanner([(r"[a-zA-Z_]\w*", ident), (r"\d+(\.(\d+))?", lambda s, t: ('NUM', t, s.match.group())), (r"=|\+|-", lambda s, t: ('OP', t)), (r"\s+", None)])
print(sc.scan("x = 3.14 + y2 - 7 ?rest"))
print(sc.scan(""), sc.scan("   "))
sc2 = re.Scanner([(r"a", "A"), (r"b*", "B")])
print(sc2.scan("aabbbc"), sc2.scan("c"))
sc3 = re.Scanner([(r"(x)(y)", 1), (r"z", 2)], re.I)
print(sc3.scan("XYzXy!"))
