# subprocess: run/Popen/call/check_* over echo, cat, sh, false, sleep
import io, os, signal, subprocess, sys, tempfile

print(subprocess.run(['echo', 'inherited stdout']))
print(subprocess.run(['sh', '-c', 'echo to stderr >&2']).returncode)
r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r, r.stdout, r.stderr)
r = subprocess.run(['cat'], input=b'abc\ndef', capture_output=True)
print(repr(r.stdout), r.returncode)
r = subprocess.run(['cat'], input='text in\r\nand out\n', capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], stdout=subprocess.PIPE, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(['printf', 'caf\\303\\251'], stdout=subprocess.PIPE, encoding='latin-1')
print(repr(r.stdout))
r = subprocess.run('echo $((1+2)); echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r)
r.args = 'x'
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e)

# errors
for cmd in (['false'], ['sh', '-c', 'exit 5']):
    try:
        subprocess.run(cmd, check=True)
    except subprocess.CalledProcessError as e:
        print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, repr(e.output), repr(e.stdout))
for prog in ('nosuch-program-xyz', './nosuch-relative'):
    try:
        subprocess.run([prog])
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(['echo'], cwd='/nonexistent-dir-xyz')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
for kwargs in ({'stdin': subprocess.PIPE, 'input': b'x'}, {'capture_output': True, 'stdout': subprocess.PIPE}):
    try:
        subprocess.run(['true'], **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    subprocess.check_output(['true'], stdout=None)
except ValueError as e:
    print('ValueError:', e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))

# signals and timeouts
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.kill()
print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGINT)
print(p.wait())
try:
    subprocess.run(['sleep', '5'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=1.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output, e.stderr)
p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
p.wait()
e = subprocess.CalledProcessError(-9, ['x'])
print(e)
print(subprocess.CalledProcessError(-200, 'y'))
print(subprocess.TimeoutExpired(['z'], 1.5))

# the convenience functions
print(subprocess.call(['sh', '-c', 'exit 7']))
print(subprocess.check_call(['true']))
print(subprocess.check_output(['sh', '-c', 'echo a; echo b >&2'], stderr=subprocess.STDOUT))
print(subprocess.check_output(['cat'], input=b'fed in'))
print(subprocess.check_output('echo shell', shell=True, text=True), end='')
print(repr(subprocess.getoutput('echo x; echo y')))
print(subprocess.getstatusoutput('echo out; exit 4'))
print(subprocess.getstatusoutput('nosuch-command-xyz 2>/dev/null'))

# Popen pipes
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write('line1\nline2\n')
    p.stdin.close()
    print(repr(p.stdout.readline()))
    print(repr(p.stdout.read()))
print(p.returncode, p.stdin.closed, p.stdout.closed)
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; echo e >&2'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b'hi\n'), p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo one; sleep 0.5; echo two'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('first communicate timed out')
print(p.communicate(), p.returncode)
p = subprocess.Popen(['echo', 'x'], stdout=subprocess.PIPE, bufsize=0)
print(type(p.stdout).__name__, p.stdout.read(), p.wait())
p = subprocess.Popen(['echo', 'x'], stdout=subprocess.PIPE)
print(type(p.stdout).__name__, p.stdin, p.stderr, isinstance(p.pid, int), p.args)
p.wait()
p.stdout.close()
print(repr(p))
print(repr(subprocess.Popen(['echo', 'a' * 100], stdout=subprocess.DEVNULL)).startswith('<Popen: returncode: None args: '))

# redirections: DEVNULL, STDOUT, files, descriptors, cwd, env
print(subprocess.run(['echo', 'gone'], stdout=subprocess.DEVNULL).returncode)
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)
r = subprocess.run(['sh', '-c', 'echo o; echo e >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.txt')
    with open(path, 'w') as f:
        f.write('before\n')
        subprocess.run(['echo', 'from child'], stdout=f)
        f.write('after\n')
    with open(path) as f:
        print(repr(f.read()))
    with open(path, 'rb') as f:
        print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    subprocess.run(['echo', 'via fd'], stdout=fd, stderr=fd)
    os.close(fd)
    with open(path) as f:
        print(repr(f.read()))
    print(subprocess.run(['pwd'], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
    with open(os.path.join(d, 'script.sh'), 'w') as f:
        f.write('echo script ran\n')
    os.chmod(os.path.join(d, 'script.sh'), 0o644)
    try:
        subprocess.run(['./script.sh'], cwd=d)
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.filename)
    os.chmod(os.path.join(d, 'script.sh'), 0o755)
    try:
        subprocess.run(['./script.sh'], cwd=d)
    except OSError as e:   # no #! line: exec(2) says ENOEXEC, CPython then reports it
        print(type(e).__name__, e.errno)
print(subprocess.run(['sh', '-c', 'echo $FOO-$BAR'], env={'FOO': 'f', 'BAR': 'b'}, capture_output=True).stdout)
os.environ['EMBER_SUBPROCESS_TEST'] = 'inherited'
print(subprocess.run(['sh', '-c', 'echo $EMBER_SUBPROCESS_TEST'], capture_output=True).stdout)
del os.environ['EMBER_SUBPROCESS_TEST']
print(subprocess.run(['sh', '-c', 'echo "[$EMBER_SUBPROCESS_TEST]"'], capture_output=True).stdout)
old = os.getcwd()
os.chdir('/tmp')
print(subprocess.run(['pwd'], capture_output=True).stdout)
os.chdir(old)
print(subprocess.run(['echo', 'a'], executable='echo', capture_output=True).stdout)
print(subprocess.run(['echo $0'], shell=True, capture_output=True).stdout)

# list2cmdline (the MS C runtime's quoting)
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'f\\ g\\', '', 'h\\\\"i', 'plain', 'tab\there']))

print(subprocess.CompletedProcess(['a'], 0, b'x'))
print(subprocess.CompletedProcess[int], subprocess.Popen[bytes])
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
