# Ember-specific: the JVM has no *at() calls, so os.supports_dir_fd is empty and dir_fd is refused
# (CPython's NotImplementedError where a platform lacks it) rather than silently ignored; the
# sets name only what Ember honours, which is what shutil and pathlib consult.
import os
import tempfile

print(sorted(f.__name__ for f in os.supports_follow_symlinks), sorted(f.__name__ for f in os.supports_fd),
      os.supports_dir_fd, os.supports_effective_ids)
d = tempfile.mkdtemp()
target = os.path.join(d, 'target')
open(target, 'w').close()
link = os.path.join(d, 'link')
os.symlink(target, link)
print(os.stat(link).st_mode == os.stat(target).st_mode, os.stat(link, follow_symlinks=False).st_mode != os.stat(target).st_mode)
for call in (lambda: os.stat('target', dir_fd=0), lambda: os.lstat('x', dir_fd=0),
             lambda: os.utime(target, dir_fd=0), lambda: os.utime(link, follow_symlinks=False)):
    try:
        call()
    except NotImplementedError as e:
        print('NotImplementedError', e)
os.utime(target, (1, 2))
print(os.stat(target).st_mtime)
os.remove(link)
os.remove(target)
os.rmdir(d)
