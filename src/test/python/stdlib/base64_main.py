# python -m base64: base64.main() encodes (default) or decodes a file or stdin to stdout.
import base64
import os
import sys
import tempfile

path = os.path.join(tempfile.mkdtemp(), 'data.bin')
with open(path, 'wb') as f:
    f.write(b'a\xffb\n' * 30)


def run(*argv):
    sys.argv = ['base64.py', *argv]
    sys.stdout.flush()
    try:
        base64.main()
    except SystemExit as e:
        print('exit', e.code)
    sys.stdout.flush()


run(path)
run('-e', path)
encoded = path + '.b64'
with open(encoded, 'wb') as f:
    f.write(base64.encodebytes(b'hello\x00world'))
run('-d', encoded)
print()
run('-u', encoded)
print()
run('-h')
sys.stderr = sys.stdout
run('-x')
os.remove(path)
os.remove(encoded)
