# os.system, os.popen and the wait-status helpers (over subprocess on Ember)
import os
print('before', flush=True)
print(os.system('echo from system'))
print(os.system('exit 3'), os.waitstatus_to_exitcode(os.system('exit 3')))
with os.popen('echo a; echo b') as f:
    print(f.read())
f = os.popen('exit 2')
print(f.read(), f.close())
f = os.popen('cat > /dev/null', 'w')
f.write('x')
print(f.close())
print(list(os.popen('printf "1\\n2\\n"')))
print(os.WIFEXITED(256), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
for bad in (('ls', 'x'), (['ls'], 'r')):
    try: os.popen(*bad)
    except Exception as e: print(type(e).__name__, e)
