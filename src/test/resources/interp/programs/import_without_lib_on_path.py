# The import system's own modules are "frozen": a program whose sys.path lacks Ember's lib
# (or CPython's Lib) still imports from its directories with specs and loaders, and its
# meta-path finders still run.
import sys, tempfile, os, shutil

d = tempfile.mkdtemp()
try:
    with open(os.path.join(d, "modx.py"), "w") as f:
        f.write("X = 1\n")
    saved = sys.path[:]
    sys.path[:] = [d]
    import modx
    print(modx.X, modx.__spec__.name, type(modx.__spec__.loader).__name__)
    print(modx.__spec__.origin == os.path.join(d, "modx.py"))

    class Finder:
        def find_spec(self, name, path, target=None):
            if name == "virtual_mod":
                print("finder asked for", name)
            return None

    sys.meta_path.insert(0, Finder())
    try:
        import virtual_mod
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
    finally:
        del sys.meta_path[0]
        sys.path[:] = saved
finally:
    shutil.rmtree(d)
