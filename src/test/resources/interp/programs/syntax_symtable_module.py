# A symbol-table error (found after parsing) in a module: CPython reads the line back from the file
value = 1
nonlocal value
