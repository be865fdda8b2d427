"""_io under CPython's name, for library code that imports the accelerator directly: Ember's
io classes are written in Python (lib/io.py), so this module re-exports them."""

from io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code,
                FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                BufferedRandom, IncrementalNewlineDecoder, text_encoding, TextIOWrapper)
from io import IOBase as _IOBase, RawIOBase as _RawIOBase, BufferedIOBase as _BufferedIOBase, \
    TextIOBase as _TextIOBase
