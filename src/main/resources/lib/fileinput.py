"""Iterating over the lines of several files (or standard input) as one stream.

Ember's own version of CPython's `fileinput`:

    import fileinput
    for line in fileinput.input(encoding="utf-8"):
        print(fileinput.filename(), fileinput.lineno(), line, end='')

reads the files named in sys.argv[1:] (or standard input; '-' names it too). FileInput is the
class behind it; input() keeps one instance for the module-level functions (filename(),
lineno(), filelineno(), fileno(), isfirstline(), isstdin(), nextfile(), close()). With
inplace=True each file is renamed to a backup, and what the loop prints (sys.stdout) becomes
the file's new content; the backup is removed at the end unless `backup` names its extension.
"""

import io
import os
import sys
from types import GenericAlias

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno', 'fileno',
           'isfirstline', 'isstdin', 'FileInput', 'hook_compressed', 'hook_encoded']

_state = None  # the FileInput that input() made


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None, errors=None):
    """Makes the FileInput that the module-level functions report on, and returns it."""
    global _state
    if _state is not None and _state._file:
        raise RuntimeError('input() already active')
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def _active():
    if _state is None:
        raise RuntimeError('no active input()')
    return _state


def close():
    """Closes the current input(); the module functions then report on nothing."""
    global _state
    state, _state = _state, None
    if state is not None:
        state.close()


def nextfile():
    """Skips the rest of the current file; lines already read still count in lineno()."""
    return _active().nextfile()


def filename():
    """The name of the file being read ('<stdin>' for standard input); None before the first line."""
    return _active().filename()


def lineno():
    """How many lines have been read, over all files so far."""
    return _active().lineno()


def filelineno():
    """How many lines have been read from the current file."""
    return _active().filelineno()


def fileno():
    """The current file's descriptor, or -1 when no file is open."""
    return _active().fileno()


def isfirstline():
    """True if the last line read was its file's first."""
    return _active().isfirstline()


def isstdin():
    """True if the last line read came from standard input."""
    return _active().isstdin()


class FileInput:
    """FileInput(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None, errors=None)

    The lines of each file in turn: iterate over it, or call readline(). The files are opened
    one at a time, when the previous one is exhausted (or nextfile() is called).
    """

    def __init__(self, files=None, inplace=False, backup='', *, mode='r', openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._files = files          # those not opened yet
        self._inplace = inplace
        self._backup = backup
        self._encoding = encoding
        self._errors = errors
        if (sys.flags.warn_default_encoding and 'b' not in mode and encoding is None
                and openhook is None):
            import warnings
            warnings.warn("'encoding' argument not specified.", EncodingWarning, 2)
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        if openhook:
            if inplace:
                raise ValueError('FileInput cannot use an opening hook in inplace mode')
            if not callable(openhook):
                raise ValueError('FileInput openhook must be callable')
        self._openhook = openhook
        self._filename = None
        self._file = None            # the file being read
        self._isstdin = False
        self._lines_before = 0       # lines read from the files before the current one
        self._filelineno = 0
        self._output = None          # inplace: the file being rewritten ...
        self._saved_stdout = None    # ... and the sys.stdout it replaces
        self._backupfilename = None

    def __del__(self):
        self.close()

    def close(self):
        """Closes the current file and forgets the others."""
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """The next line over all the files; '' (b'' in mode 'rb') at the end of the last."""
        while True:
            if self._file is None:
                if not self._files:
                    return b'' if 'b' in self._mode else ''
                self._open_next()
            line = self._file.readline()
            if line:
                self._filelineno += 1
                return line
            self.nextfile()

    def nextfile(self):
        """Closes the current file (finishing its in-place rewrite); reading goes on with the next."""
        saved_stdout, self._saved_stdout = self._saved_stdout, None
        if saved_stdout:
            sys.stdout = saved_stdout
        output, self._output = self._output, None
        try:
            if output:
                output.close()
        finally:
            file, self._file = self._file, None
            try:
                if file and not self._isstdin:
                    file.close()
            finally:
                backup, self._backupfilename = self._backupfilename, None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def _open_next(self):
        self._filename, self._files = self._files[0], self._files[1:]
        self._lines_before = self.lineno()
        self._filelineno = 0
        self._isstdin = False
        encoding = None if 'b' in self._mode else (self._encoding or 'locale')
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = getattr(sys.stdin, 'buffer', sys.stdin) if 'b' in self._mode else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._open_in_place(encoding)
        elif self._openhook:
            # hooks written before 3.10 take no encoding: pass one only when given
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode,
                                            encoding=self._encoding, errors=self._errors)
        else:
            self._file = open(self._filename, self._mode, encoding=encoding, errors=self._errors)

    def _open_in_place(self, encoding):
        """Reads the file from its backup; sys.stdout writes its new content, with its permissions."""
        self._backupfilename = os.fspath(self._filename) + (self._backup or '.bak')
        try:
            os.unlink(self._backupfilename)
        except OSError:
            pass
        os.rename(self._filename, self._backupfilename)
        self._file = open(self._backupfilename, self._mode, encoding=encoding, errors=self._errors)
        write_mode = self._mode.replace('r', 'w')
        try:
            permissions = os.fstat(self._file.fileno()).st_mode
        except OSError:
            self._output = open(self._filename, write_mode, encoding=encoding, errors=self._errors)
        else:
            fd = os.open(self._filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, permissions)
            self._output = os.fdopen(fd, write_mode, encoding=encoding, errors=self._errors)
            try:
                os.chmod(self._filename, permissions)
            except OSError:
                pass
        self._saved_stdout = sys.stdout
        sys.stdout = self._output

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lines_before + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that opens .gz and .bz2 files through gzip and bz2, others with open()."""
    if encoding is None and 'b' not in mode:
        encoding = 'locale'
    extension = os.path.splitext(filename)[1]
    if extension == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    elif extension == '.bz2':
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if 'b' not in mode:  # the compressed streams are binary
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook that opens every file with the given encoding and errors."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook


def _test():
    import getopt
    inplace = False
    backup = False
    options, args = getopt.getopt(sys.argv[1:], 'ib:')
    for option, value in options:
        if option == '-i':
            inplace = True
        if option == '-b':
            backup = value
    for line in input(args, inplace=inplace, backup=backup):
        line = line.removesuffix('\n').removesuffix('\r')
        print('%d: %s[%d]%s %s' % (lineno(), filename(), filelineno(),
                                   '*' if isfirstline() else '', line))
    print('%d: %s[%d]' % (lineno(), filename(), filelineno()))


if __name__ == '__main__':
    _test()
