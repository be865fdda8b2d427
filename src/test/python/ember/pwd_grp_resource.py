# pwd, grp, resource: records, lookups, errors (fields that differ between machines are not printed)
import grp, os, pwd, resource

root = pwd.getpwuid(0)
print(type(root).__name__, type(root).__module__, root.n_fields, root.n_sequence_fields, root.n_unnamed_fields)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, root[0], root[2], len(root))
print(root == pwd.getpwnam('root'), isinstance(root, tuple), root._fields if hasattr(root, '_fields') else '')
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
everyone = pwd.getpwall()
print(type(everyone).__name__, root in everyone, all(isinstance(p, pwd.struct_passwd) for p in everyone))
print(all(pwd.getpwnam(p.pw_name).pw_name == p.pw_name for p in everyone[:5]))
for func, arg in ((pwd.getpwuid, 999999), (pwd.getpwnam, 'nosuch-user-xyz'), (pwd.getpwuid, 'x'),
                  (pwd.getpwnam, 1), (pwd.getpwuid, -5), (pwd.getpwuid, 2**40), (pwd.getpwnam, 'a\0b'),
                  (grp.getgrgid, 999999), (grp.getgrnam, 'nosuch-group-xyz'), (grp.getgrgid, 'x'),
                  (grp.getgrnam, 1), (grp.getgrgid, -2), (grp.getgrgid, 2**32), (grp.getgrgid, 2**63),
                  (grp.getgrgid, 2**32 - 1), (pwd.getpwuid, -1)):
    try:
        print(func(arg))
    except Exception as e:
        print(func.__name__, type(e).__name__, e)

g = grp.getgrgid(0)
print(type(g).__name__, g.gr_name, g.gr_gid, type(g.gr_mem).__name__, g == grp.getgrnam(g.gr_name))
print(all(isinstance(x, grp.struct_group) for x in grp.getgrall()), g in grp.getgrall())
print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))
try:
    pwd.struct_passwd(('a',))
except TypeError as e:
    print(e)

# resource
print(sorted(n for n in dir(resource) if not n.startswith('_')))
print(resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RLIMIT_AS, resource.RLIMIT_STACK,
      resource.RLIM_INFINITY, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD,
      resource.error is OSError)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, usage.n_fields, type(usage.ru_utime).__name__, type(usage.ru_maxrss).__name__)
print(usage.ru_utime > 0, usage.ru_maxrss > 1000, usage.ru_minflt > 0, usage[0] == usage.ru_utime)
total = 0
for i in range(200000):
    total += i
later = resource.getrusage(resource.RUSAGE_SELF)
print(later.ru_utime + later.ru_stime >= usage.ru_utime + usage.ru_stime, later.ru_maxrss >= usage.ru_maxrss)
print(type(resource.getrusage(resource.RUSAGE_CHILDREN)).__name__,
      type(resource.getrusage(resource.RUSAGE_THREAD).ru_utime).__name__)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == -1)
with open('/proc/self/limits') as f:
    row = [line for line in f if line.startswith('Max open files')][0].split()
print((soft, hard) == (int(row[3]), int(row[4])))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
for args in ((resource.RLIMIT_NOFILE, (hard + 1, hard)), (resource.RLIMIT_NOFILE, (1, 2, 3)),
             (resource.RLIMIT_NOFILE, 5), (99, (1, 1))):
    try:
        resource.setrlimit(*args)
    except Exception as e:
        print('setrlimit', type(e).__name__, e)
for arg in (99, -1, 'x'):
    try:
        resource.getrlimit(arg)
    except Exception as e:
        print('getrlimit', type(e).__name__, e)
try:
    resource.getrusage(99)
except Exception as e:
    print('getrusage', type(e).__name__, e)
print(resource.getpagesize())
