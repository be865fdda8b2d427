# TextIOWrapper: lines before an undecodable byte can be read (the error comes when reading
# reaches it, from readline, read() or iteration), and read(n) counts characters after
# newline translation ("\r\n" is one character and never split)
import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    path = os.path.join(root, 'f')
    with open(path, 'wb') as f:
        f.write(b'A\nB\r\nC\r' + b'123456789\n' * 1000 + b'\x80tail\n')
    with open(path, encoding='ascii') as f:
        print(repr(f.readline()), repr(f.readline()), f.tell(), repr(f.readline()))
        count = 0
        try:
            for line in f:
                count += 1
        except UnicodeDecodeError as e:
            # (how many lines come first depends on CPython's 8 KiB decoding chunks)
            print('UnicodeDecodeError', e.encoding, e.reason, count > 800)
    with open(path, encoding='ascii') as f:
        try:
            f.read()
        except UnicodeDecodeError as e:
            print('read()', e.reason)
    with open(path, encoding='ascii', errors='replace') as f:
        print(repr(f.read()[-12:]))
    with open(path, encoding='ascii') as f:
        print(repr(f.read(5)), repr(f.read(3)))
        f.seek(0)
        print(repr(f.read(2)), f.tell(), repr(f.read(4)))

    with open(path, 'wb') as f:
        f.write(b'A\nB\r\nC\rD\r\n\r\nE')
    for newline in (None, '', '\n', '\r', '\r\n'):
        with open(path, encoding='ascii', newline=newline) as f:
            pieces = []
            while piece := f.read(2):
                pieces.append(piece)
            print(repr(newline), pieces, f.newlines)
    with open(path, encoding='ascii') as f:
        print([f.read(n) for n in (1, 1, 1, 1, 1, 1, 1, 1, 1, 5)])
