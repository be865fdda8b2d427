"""POSIX terminal control, written for Ember: the Linux constants, and functions that answer as
termios does for a descriptor that is not a terminal.

The JVM cannot put a terminal into raw mode or read its attributes, and Ember's os.isatty()
is False for every descriptor, so every function raises termios.error(ENOTTY, 'Inappropriate
ioctl for device') for an open descriptor (EBADF for one that is not open): exactly what
CPython's termios says when the program's input is a pipe or a file. getpass and tty then take
their non-terminal paths.
"""

import posix as _posix


class error(Exception):
    pass



# input modes (c_iflag)
IGNBRK = 0o1
BRKINT = 0o2
IGNPAR = 0o4
PARMRK = 0o10
INPCK = 0o20
ISTRIP = 0o40
INLCR = 0o100
IGNCR = 0o200
ICRNL = 0o400
IUCLC = 0o1000
IXON = 0o2000
IXANY = 0o4000
IXOFF = 0o10000
IMAXBEL = 0o20000
IUTF8 = 0o40000

# output modes (c_oflag)
OPOST = 0o1
OLCUC = 0o2
ONLCR = 0o4
OCRNL = 0o10
ONOCR = 0o20
ONLRET = 0o40
OFILL = 0o100
OFDEL = 0o200
NLDLY = 0o400
CRDLY = 0o3000
TABDLY = 0o14000
BSDLY = 0o20000
VTDLY = 0o40000
FFDLY = 0o100000
VT0 = 0o0

# control modes (c_cflag)
CSIZE = 0o60
CS5 = 0o0
CS6 = 0o20
CS7 = 0o40
CS8 = 0o60
CSTOPB = 0o100
CREAD = 0o200
PARENB = 0o400
PARODD = 0o1000
HUPCL = 0o2000
CLOCAL = 0o4000
CRTSCTS = 0x80000000
CBAUD = 0o10017
CBAUDEX = 0o10000

# local modes (c_lflag)
ISIG = 0o1
ICANON = 0o2
XCASE = 0o4
ECHO = 0o10
ECHOE = 0o20
ECHOK = 0o40
ECHONL = 0o100
NOFLSH = 0o200
TOSTOP = 0o400
ECHOCTL = 0o1000
ECHOPRT = 0o2000
ECHOKE = 0o4000
FLUSHO = 0o10000
PENDIN = 0o40000
IEXTEN = 0o100000

# indices into c_cc
VINTR = 0
VQUIT = 1
VERASE = 2
VKILL = 3
VEOF = 4
VTIME = 5
VMIN = 6
VSWTC = 7
VSTART = 8
VSTOP = 9
VSUSP = 10
VEOL = 11
VREPRINT = 12
VDISCARD = 13
VWERASE = 14
VLNEXT = 15
VEOL2 = 16
NCCS = 32

# tcsetattr, tcflush, tcflow
TCSANOW = 0
TCSADRAIN = 1
TCSAFLUSH = 2
TCIFLUSH = 0
TCOFLUSH = 1
TCIOFLUSH = 2
TCOOFF = 0
TCOON = 1
TCIOFF = 2
TCION = 3

# speeds
B0 = 0
B50 = 1
B75 = 2
B110 = 3
B134 = 4
B150 = 5
B200 = 6
B300 = 7
B600 = 8
B1200 = 9
B1800 = 10
B2400 = 11
B4800 = 12
B9600 = 13
B19200 = 14
B38400 = 15
B57600 = 4097
B115200 = 4098
B230400 = 4099

# ioctls
TIOCGWINSZ = 0x5413
TIOCSWINSZ = 0x5414


def _fd(fd):
    if not isinstance(fd, int):
        method = getattr(fd, 'fileno', None)
        if method is None:
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = method()
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def _not_a_terminal(fd):
    if _posix._ready(_fd(fd)) & 0x20:   # POLLNVAL: not an open descriptor
        raise error(9, 'Bad file descriptor')
    raise error(25, 'Inappropriate ioctl for device')


def tcgetattr(fd, /):
    """[iflag, oflag, cflag, lflag, ispeed, ospeed, cc] of a terminal."""
    _not_a_terminal(fd)


def tcsetattr(fd, when, attributes, /):
    """Sets a terminal's attributes (tcgetattr's list) now, after output drains, or after flushing."""
    if not isinstance(attributes, list) or len(attributes) != 7:
        raise TypeError('tcsetattr, arg 3: must be 7 element list')
    _not_a_terminal(fd)


def tcsendbreak(fd, duration, /):
    _not_a_terminal(fd)


def tcdrain(fd, /):
    _not_a_terminal(fd)


def tcflush(fd, queue, /):
    _not_a_terminal(fd)


def tcflow(fd, action, /):
    _not_a_terminal(fd)


def tcgetwinsize(fd, /):
    """(rows, columns) of a terminal's window."""
    _not_a_terminal(fd)


def tcsetwinsize(fd, winsize, /):
    _not_a_terminal(fd)
