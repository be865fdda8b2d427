# sys.exit with a string: printed to stderr, status 1; finally blocks run
import sys
try:
    sys.exit("fatal: giving up")
finally:
    print("finally ran")
