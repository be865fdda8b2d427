# int(), float() and complex() from bytes-like objects and strings: values and CPython's errors.
cases = ["int(b'10')", "int(bytearray(b' 7 '))", "int(b'1_0')", "int(b' 0x10 ', 0)", "int(bytearray(b'z'), 36)",
         "int(memoryview(b'12'))", "int(memoryview(b'123')[1:])", "int(b'x')", "int(b'')", "int(b'\\xff')",
         "int(bytearray(b'1 2'))", "int(b'1', 2)", "int(memoryview(b'9'), 8)", "int('\\x00')", "int(b'1\\x002')",
         "int(' \\u0661\\u0662 ')", "int('١٢', 16)", "int(b'12', base=5)",
         "float(b'1.5')", "float(bytearray(b' 2.5 '))", "float(memoryview(b'3.25'))", "float(b'x')", "float(b'')",
         "float(b'\\xff1')", "float('1\\x00')", "float(b' inf ')", "float(b'-nan')", "float(b'1_000.5')", "float('  ')",
         "float(memoryview(b'1.5')[1:])",
         "complex(' 1+2j ')", "complex(' ( 1+2j ) ')", "complex('(1+2j')", "complex(' 1 + 2j')", "complex('1e')",
         "complex('')", "complex('j')", "complex('-j')", "complex(' 3 ')", "complex('1+2j', 1)", "complex(b'1')",
         "complex('\\u0661+\\u0662j')", "complex('1_0+2_0j')", "complex('1__0j')", "complex('(  )')", "complex('nanj')",
         "complex('infj')", "complex(' -1.5e3-2.5E-2J ')", "complex('1+2j\\x00')", "int(3.9)", "int('  -0b101  ', 0)"]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
