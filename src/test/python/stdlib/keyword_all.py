import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(sorted(keyword.__all__))
for word in ["if", "match", "case", "_", "type", "print", "True", "None", "async", "await", "", "If", "lambda"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
for bad in [1, None, [1]]:
    try:
        print(keyword.iskeyword(bad))
    except TypeError:
        # (the message is frozenset's, and changed in 3.14)
        print("TypeError")
