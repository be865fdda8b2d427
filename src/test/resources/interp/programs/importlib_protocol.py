# importlib and the import protocol: import_module, reload, find_spec, spec_from_file_location,
# module_from_spec, namespace packages, a program's own sys.meta_path finder, module reprs.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import re
import sys
import tempfile

root = tempfile.mkdtemp()


def show(text):
    text = re.sub(r" object at 0x[0-9a-f]+", " object", str(text))
    print(text.replace(root, "ROOT"))


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


write("pkg/__init__.py", "X = 1\n")
write("pkg/sub.py", "from . import X\nY = X + 1\nprint('running pkg.sub', __name__, __package__)\n")
write("counter.py", "import sys\nCOUNT = getattr(sys.modules[__name__], 'COUNT', 0) + 1\n")
write("ns/a/mod_a.py", "NAME = 'a'\n")
write("other/ns/b.py", "NAME = 'b'\n")
loose = write("loose/plugin.py", "def hello():\n    return 'hello from ' + __name__\n")
sys.path.insert(0, root)
sys.path.insert(1, os.path.join(root, "other"))

# import_module, absolute and relative
sub = importlib.import_module("pkg.sub")
show((sub.Y, sub.__name__, sub.__package__))
show(importlib.import_module(".sub", "pkg") is sub)
show(importlib.import_module("..sub", "pkg.sub") is sub)
for bad in [("..x", "pkg"), (".x", None), ("", None)]:
    try:
        importlib.import_module(*bad)
    except (ImportError, TypeError, ValueError) as e:
        show(f"{type(e).__name__}: {e}")
try:
    importlib.import_module("pkg.missing")
except ModuleNotFoundError as e:
    show(f"ModuleNotFoundError: {e} name={e.name}")

# specs and loaders
spec = sub.__spec__
show(spec)
show((spec.name, spec.parent, spec.origin, spec.has_location, spec.submodule_search_locations))
show((type(spec.loader).__name__, spec.loader.name, spec.loader.path, spec.loader.is_package("pkg.sub")))
show(sys.modules["pkg"].__spec__.parent)
show(sys.modules["pkg"].__path__)
show(isinstance(spec.loader, importlib.abc.Loader))
show(importlib.util.find_spec("pkg.sub") is spec)
show(importlib.util.find_spec("counter"))
show(importlib.util.find_spec("no_such_module_here"))
show(importlib.util.find_spec("sys"))
show(importlib.util.resolve_name("..a", "p.q.r"))
show(sys.modules["sys"].__loader__)
show(importlib.machinery.SOURCE_SUFFIXES)

# reload runs the body again in the same namespace
import counter
show(counter.COUNT)
again = importlib.reload(counter)
show((again is counter, counter.COUNT))
try:
    importlib.reload(42)
except TypeError as e:
    show(f"TypeError: {e}")

# loading a file directly
spec2 = importlib.util.spec_from_file_location("loose_plugin", loose)
show(spec2)
module = importlib.util.module_from_spec(spec2)
show((module.__name__, "loose_plugin" in sys.modules))
spec2.loader.exec_module(module)
show(module.hello())
show(importlib.util.spec_from_file_location("data", os.path.join(root, "x.txt")))

# namespace packages: directories without __init__.py, spread over two sys.path entries
import ns.a.mod_a
import ns.b
show((ns.a.mod_a.NAME, ns.b.NAME))
show(sorted(ns.__path__))
show((ns.__spec__.origin, ns.__spec__.submodule_search_locations is not None))
show(hasattr(ns, "__file__"))

# module reprs
show(repr(sub))
show(repr(sys))
show(repr(importlib.import_module("sys")))
show(repr(type(sys)("made")))


# a finder of the program's own on sys.meta_path
class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.GREETING = "made by " + type(self).__name__
        module.NAME = module.__name__


class Finder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name.startswith("virtual"):
            return importlib.util.spec_from_loader(name, Loader())
        return None


finder = Finder()
sys.meta_path.insert(0, finder)
import virtual_mod
show((virtual_mod.GREETING, virtual_mod.NAME, virtual_mod.__spec__.origin, virtual_mod.__loader__.__class__.__name__))
import textwrap  # still found by the path finder
show("textwrap" in finder.asked and "virtual_mod" in finder.asked)
try:
    import virtual_fail.deeper
except ModuleNotFoundError as e:
    show(f"ModuleNotFoundError: {e}")
sys.meta_path.remove(finder)
try:
    import virtual_other
except ModuleNotFoundError as e:
    show(f"ModuleNotFoundError: {e}")
show(importlib.import_module("importlib._bootstrap") is sys.modules["_frozen_importlib"])
show(repr(ns))
show(repr(sys.modules["ns.a"]))

import shutil
shutil.rmtree(root)
