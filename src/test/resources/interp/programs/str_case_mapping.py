# Case mappings beyond the simple one-to-one ones: Final_Sigma in context (lower, title,
# capitalize, swapcase), special title casings (ligatures, sharp s, Greek with iota), and full
# case folding (Cherokee folds to upper case, dotless i stays, capital sharp s is 'ss').
tests = ['AΣ', 'AΣͅ', 'AΣb', 'Σ', 'A.Σ', "A'Σ.", 'A Σ', 'ΑΣ ΑΣ', 'AιΣ', 'ΣA', 'aΣ\u0301', 'ﬁnnish', 'ßa', 'ŉx', 'ᾲa', 'ΣΑΣ', 'ẞ', 'ꭰꭱ Ꭰ', 'ı', 'İ', 'aς']
for t in tests:
    print(ascii(t), ascii(t.lower()), ascii(t.casefold()), ascii(t.title()), ascii(t.capitalize()), ascii(t.swapcase()), ascii(t.upper()))
