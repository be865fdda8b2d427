# sys.exit with an int; SystemExit raised directly with code None elsewhere
import sys
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
print("exiting with 3")
sys.exit(3)
