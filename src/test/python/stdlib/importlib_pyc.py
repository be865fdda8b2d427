# Bytecode files through importlib's own functions: source_to_code, _code_to_timestamp_pyc /
# _code_to_hash_pyc (PEP 552 header), _write_atomic, SourcelessFileLoader, source_hash.
import importlib.machinery
import importlib.util
import marshal
import os
import shutil
import sys
import tempfile
from importlib import _bootstrap_external as external

folder = tempfile.mkdtemp()
try:
    source_path = os.path.join(folder, "pycmod.py")
    source = b"value = 6 * 7\ndef twice(x):\n    return 2 * x\n"
    with open(source_path, "wb") as f:
        f.write(source)
    loader = importlib.machinery.SourceFileLoader("pycmod", source_path)
    code = loader.source_to_code(source, source_path)
    print(type(code).__name__, code.co_filename == source_path)
    namespace = {}
    exec(loader.get_code("pycmod"), namespace)
    print(namespace["value"], namespace["twice"](5))

    stamped = external._code_to_timestamp_pyc(code, 1234567, len(source))
    print(type(stamped).__name__, bytes(stamped[:4]) == importlib.util.MAGIC_NUMBER,
          bytes(stamped[4:16]) == (0).to_bytes(4, "little") + (1234567).to_bytes(4, "little") + len(source).to_bytes(4, "little"))
    print(marshal.loads(bytes(stamped[16:])).co_filename == source_path)
    hashed = external._code_to_hash_pyc(code, importlib.util.source_hash(source), checked=True)
    print(bytes(hashed[4:8]), bytes(hashed[8:16]) == importlib.util.source_hash(source))
    print(bytes(external._code_to_hash_pyc(code, b"12345678", checked=False)[4:8]))
    h = importlib.util.source_hash(source)
    print(type(h).__name__, len(h), h == importlib.util.source_hash(source), h != importlib.util.source_hash(b"other"))

    pyc_path = os.path.join(folder, "pycmod.pyc")
    external._write_atomic(pyc_path, stamped, external._calc_mode(source_path))
    print(sorted(os.listdir(folder)), os.path.getsize(pyc_path) == len(stamped))
    sourceless = importlib.machinery.SourcelessFileLoader("pycmod", pyc_path)
    spec = importlib.util.spec_from_file_location("pycmod", pyc_path, loader=sourceless)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print(module.value, module.twice(21), sourceless.get_source("pycmod"))

    with open(pyc_path, "wb") as f:
        f.write(b"XXXX" + bytes(stamped[4:]))
    try:
        sourceless.get_code("pycmod")
    except ImportError as e:
        print("ImportError", str(e).startswith("bad magic number in 'pycmod'"))
finally:
    shutil.rmtree(folder)
