"""Dump CPython's symbol table of a Python file in the format Ember's SymbolTableDump produces.

Usage: python3.14 tools/dump-symtable.py FILE.py        (prints the dump, or the SyntaxError)
       python3.14 tools/dump-symtable.py --write DIR     (writes DIR/*.expected for every DIR/*.py)
       python3.14 tools/dump-symtable.py --hashes ROOT   (sha256 of the dump of every ROOT/**.py)

CPython 3.14 is the reference (3.13 has no annotation scopes). Symbols are listed sorted by
name and the name lists of a function are sorted too (CPython's order there follows a set
iteration order), except the parameters, whose order is meaningful.
"""
import os
import sys

# never let a symtable.py in the current directory (e.g. a library being dumped) shadow CPython's
sys.path = [p for p in sys.path if p not in ("", ".", os.getcwd())]
import symtable  # noqa: E402

FLAG_NAMES = [(1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"),
              (16, "USE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"), (256, "DEF_ANNOT"),
              (512, "DEF_COMP_ITER"), (1024, "DEF_TYPE_PARAM"), (2048, "DEF_COMP_CELL")]
SCOPE_NAMES = ["NONE", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"]
PREDICATES = ["referenced", "assigned", "parameter", "type_parameter", "global", "declared_global",
              "local", "free", "free_class", "nonlocal", "imported", "annotated", "comp_iter",
              "comp_cell", "namespace"]


def dump_symbol(sym, indent, out):
    flags = sym._Symbol__flags
    scope = SCOPE_NAMES[(flags >> 12) & 15]
    names = "|".join(name for bit, name in FLAG_NAMES if flags & bit) or "-"
    true = [p for p in PREDICATES if getattr(sym, "is_" + p)()]
    out.append(f"{indent}  {sym.get_name()}: {scope} {names} [{' '.join(true)}]")


def dump_table(table, indent, out):
    out.append(f"{indent}{table.get_type().value} {table.get_name()} line={table.get_lineno()}"
               f" optimized={int(table.is_optimized())} nested={int(table.is_nested())}"
               f" children={len(table.get_children())}")
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        dump_symbol(sym, indent, out)
    if isinstance(table, symtable.Function):
        out.append(f"{indent}  params: {' '.join(table.get_parameters())}")
        out.append(f"{indent}  locals: {' '.join(sorted(table.get_locals()))}")
        out.append(f"{indent}  globals: {' '.join(sorted(table.get_globals()))}")
        out.append(f"{indent}  nonlocals: {' '.join(sorted(table.get_nonlocals()))}")
        out.append(f"{indent}  frees: {' '.join(sorted(table.get_frees()))}")
    for child in table.get_children():
        dump_table(child, indent + "    ", out)


def dump_source(source, filename):
    try:
        table = symtable.symtable(source, filename, "exec")
    except SyntaxError as e:
        return f"SyntaxError: {e.msg} ({e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset})\n"
    out = []
    dump_table(table, "", out)
    return "\n".join(out) + "\n"


def write_hashes(root):
    """Print "relative/path.py<TAB>sha256 of the dump" for every file under root that CPython builds."""
    import hashlib
    for directory, subdirs, files in os.walk(root):
        subdirs.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            with open(path, "rb") as f:
                dump = dump_source(f.read(), name)
            if dump.startswith("SyntaxError"):
                continue
            digest = hashlib.sha256(dump.encode("utf-8")).hexdigest()
            sys.stdout.write(f"{os.path.relpath(path, root)}\t{digest}\n")


def main(args):
    if args and args[0] == "--hashes":
        # e.g. from the library's directory (python3.14 only sees files below the current one):
        #   python3.14 -c "$(cat tools/dump-symtable.py)" --hashes . > symtable-sha256.txt
        write_hashes(args[1])
        return
    if args and args[0] == "--write":
        directory = args[1]
        for name in sorted(os.listdir(directory)):
            if name.endswith(".py"):
                with open(os.path.join(directory, name), "rb") as f:
                    source = f.read()  # bytes: symtable honours the coding cookie
                with open(os.path.join(directory, name[:-3] + ".expected"), "w", encoding="utf-8") as f:
                    f.write(dump_source(source, name))
        return
    with open(args[0], "rb") as f:
        sys.stdout.write(dump_source(f.read(), os.path.basename(args[0])))


if __name__ == "__main__":
    main(sys.argv[1:])
