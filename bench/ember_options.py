"""The options bench/thread_cpu.py and bench/compile_cpu.py share: --ember CMD --window SECONDS."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(argv, default_window, usage):
    """(ember command, window, remaining arguments); exits with usage on an unknown option."""
    ember, window = os.path.join(HERE, "..", "bin", "ember"), default_window
    while argv and argv[0].startswith("--"):
        if argv[0] == "--ember":
            ember = argv[1]
        elif argv[0] == "--window":
            window = int(argv[1])
        else:
            sys.exit(usage)
        argv = argv[2:]
    return ember, window, argv
