# termios: Linux's constants, and the errors for descriptors that are not terminals (pipes, files)
import os, tempfile, termios

names = ['IGNBRK', 'BRKINT', 'IGNPAR', 'PARMRK', 'INPCK', 'ISTRIP', 'INLCR', 'IGNCR', 'ICRNL',
         'IUCLC', 'IXON', 'IXANY', 'IXOFF', 'IMAXBEL', 'IUTF8', 'OPOST', 'OLCUC', 'ONLCR', 'OCRNL',
         'ONOCR', 'ONLRET', 'OFILL', 'OFDEL', 'CSIZE', 'CS5', 'CS6', 'CS7', 'CS8', 'CSTOPB', 'CREAD',
         'PARENB', 'PARODD', 'HUPCL', 'CLOCAL', 'ISIG', 'ICANON', 'ECHO', 'ECHOE', 'ECHOK', 'ECHONL',
         'NOFLSH', 'TOSTOP', 'ECHOCTL', 'ECHOPRT', 'ECHOKE', 'FLUSHO', 'PENDIN', 'IEXTEN', 'VINTR',
         'VQUIT', 'VERASE', 'VKILL', 'VEOF', 'VTIME', 'VMIN', 'VSWTC', 'VSTART', 'VSTOP', 'VSUSP',
         'VEOL', 'VREPRINT', 'VDISCARD', 'VWERASE', 'VLNEXT', 'VEOL2', 'NCCS', 'TCSANOW',
         'TCSADRAIN', 'TCSAFLUSH', 'TCIFLUSH', 'TCOFLUSH', 'TCIOFLUSH', 'TCOOFF', 'TCOON', 'TCIOFF',
         'TCION', 'B0', 'B50', 'B75', 'B110', 'B134', 'B150', 'B200', 'B300', 'B600', 'B1200',
         'B1800', 'B2400', 'B4800', 'B9600', 'B19200', 'B38400', 'B57600', 'B115200', 'B230400',
         'TIOCGWINSZ', 'TIOCSWINSZ', 'CRTSCTS', 'CBAUD', 'CBAUDEX', 'XCASE', 'VT0', 'NLDLY', 'CRDLY',
         'TABDLY', 'BSDLY', 'VTDLY', 'FFDLY']
print({name: getattr(termios, name) for name in names})
print(termios.error.__mro__[1:], termios.error.__module__)
r, w = os.pipe()
f = tempfile.TemporaryFile()
calls = ((termios.tcgetattr, (r,)), (termios.tcgetattr, (99,)), (termios.tcgetattr, (f,)),
         (termios.tcsetattr, (r, termios.TCSANOW, [])), (termios.tcsetattr, (r, 0, 5)),
         (termios.tcsetattr, (w, termios.TCSAFLUSH, [0, 0, 0, 0, 0, 0, []])),
         (termios.tcdrain, (r,)), (termios.tcflush, (r, termios.TCIFLUSH)),
         (termios.tcflow, (w, termios.TCOON)), (termios.tcsendbreak, (w, 0)),
         (termios.tcgetwinsize, (r,)), (termios.tcsetwinsize, (r, (24, 80))),
         (termios.tcgetattr, ('x',)), (termios.tcgetattr, (-1,)))
for func, args in calls:
    try:
        func(*args)
    except BaseException as e:
        print(func.__name__, type(e).__name__, e.args)
f.close()
os.close(r)
os.close(w)
