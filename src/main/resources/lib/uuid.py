"""UUID objects and generators for every RFC 9562 version (Ember's uuid).

UUID(...) parses or builds a 128-bit identifier; uuid1()/uuid6() are time and node based,
uuid3()/uuid5() hash a name within a namespace (MD5/SHA-1), uuid4() is random, uuid7() is a
millisecond Unix timestamp plus a counter and random bits, uuid8() takes custom blocks.
`ember -m uuid` prints new UUIDs.
"""

import os
import sys
import time
from enum import Enum


int_ = int       # the builtins, for methods whose parameters shadow them
bytes_ = bytes

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_UINT_128_MAX = (1 << 128) - 1
# The variant field (2 bits at 62-63) and the version field (4 bits at 76-79).
_VARIANT_BITS = 0xC000 << 48
_VERSION_BITS = 0xF000 << 64
_RFC_4122_CLEARFLAGS_MASK = ~(_VARIANT_BITS | _VERSION_BITS)


def _version_flags(version):
    """The variant bits of RFC 4122/9562 plus the version number, in place."""
    return (0x8000 << 48) | (version << 76)


_RFC_4122_VERSION_1_FLAGS = _version_flags(1)
_RFC_4122_VERSION_3_FLAGS = _version_flags(3)
_RFC_4122_VERSION_4_FLAGS = _version_flags(4)
_RFC_4122_VERSION_5_FLAGS = _version_flags(5)
_RFC_4122_VERSION_6_FLAGS = _version_flags(6)
_RFC_4122_VERSION_7_FLAGS = _version_flags(7)
_RFC_4122_VERSION_8_FLAGS = _version_flags(8)


class SafeUUID(Enum):
    """Whether the platform generated a uuid1 in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le_fields(data):
    """Between big-endian bytes and bytes_le: the first three fields are little-endian there."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


class UUID:
    """An immutable UUID: the 128-bit integer self.int and views of it.

    Give exactly one of: hex (32 hex digits; braces, hyphens and a 'urn:uuid:' prefix are
    ignored), bytes (16 big-endian bytes), bytes_le (16 bytes, first three fields little-endian),
    fields (a 6-tuple: time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low,
    node) or int. version, if given, overwrites the variant and version bits.
    """

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None,
                 *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            int = self._parse_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _swap_le_fields(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes)
        elif fields is not None:
            int = self._join_fields(fields)
        if not 0 <= int <= _UINT_128_MAX:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 8:
                raise ValueError("illegal version number")
            int = (int & _RFC_4122_CLEARFLAGS_MASK) | _version_flags(version)
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    @staticmethod
    def _parse_hex(text):
        text = text.replace("urn:", "").replace("uuid:", "")
        text = text.strip("{}").replace("-", "")
        if len(text) != 32:
            raise ValueError("badly formed hexadecimal UUID string")
        return int_(text, 16)

    @staticmethod
    def _join_fields(fields):
        if len(fields) != 6:
            raise ValueError("fields is not a 6-tuple")
        bits = (32, 16, 16, 8, 8, 48)
        for number, (value, width) in enumerate(zip(fields, bits), 1):
            if not 0 <= value < 1 << width:
                article = "an" if width == 8 else "a"
                raise ValueError(f"field {number} out of range (need {article} {width}-bit value)")
        time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = fields
        clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
        return (time_low << 96) | (time_mid << 80) | (time_hi_version << 64) | (clock_seq << 48) | node

    @classmethod
    def _from_int(cls, value):
        """A UUID of an int already known to be valid (the generators' fast path)."""
        assert 0 <= value <= _UINT_128_MAX, repr(value)
        self = object.__new__(cls)
        object.__setattr__(self, "int", value)
        object.__setattr__(self, "is_safe", SafeUUID.unknown)
        return self

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            # The enum's value, so that pickles load where SafeUUID differs.
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe",
                           SafeUUID(state["is_safe"]) if "is_safe" in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    # Ordering by the integer, so that UUIDs sort and can go in sorted containers.
    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        digits = self.hex
        return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"

    @property
    def bytes(self):
        return self.int.to_bytes(16)

    @property
    def bytes_le(self):
        return _swap_le_fields(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        """The timestamp: 100-ns intervals since 1582-10-15 (versions 1 and 6), or Unix
        milliseconds (version 7); for other versions, the version 1 layout's bits."""
        version = self.version
        if version == 6:
            # time_high (32) | time_mid (16) | version | time_low (12)
            return ((self.int >> 96) << 28) | (self.time_mid << 12) | ((self.int >> 64) & 0x0FFF)
        if version == 7:
            return self.int >> 80
        # time_low (32) | time_mid (16) | version | time_high (12)
        return (((self.int >> 64) & 0x0FFF) << 48) | (self.time_mid << 32) | (self.int >> 96)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version number, for UUIDs of the RFC 4122 variant (else None)."""
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xF)
        return None


# ---- the node (hardware address) ----
#
# getnode() asks the getters in _GETTERS in turn (on Linux: the interfaces' addresses in /sys,
# then the output of `ip link`, then of `ifconfig`) and falls back to a random node. The helpers
# that parse a command's output keep the names and parameters CPython's tests patch.

_LINUX = sys.platform.startswith("linux")
_AIX = sys.platform.startswith("aix")
_DARWIN = sys.platform == "darwin"

# How hardware addresses are written in the commands' output (AIX: 'fe.ad.c.1.23.4').
_MAC_DELIM = b"." if _AIX else b":"
_MAC_OMITS_LEADING_ZEROES = _AIX

# Ember has no _uuid extension module: no libuuid time-safe generator, no Windows UuidCreate.
_uuid = None
_generate_time_safe = None
_UuidCreate = None


def _is_universal(mac):
    """A universally administered address (the locally-administered bit is clear)."""
    return not mac & (1 << 41)


def _get_command_stdout(command, *args):
    """The output of running command (searched in PATH, /sbin and /usr/sbin) in the C locale,
    as a binary file object; None if it cannot be run or fails."""
    import io
    import shutil
    import subprocess
    try:
        path_dirs = os.environ.get("PATH", os.defpath).split(os.pathsep)
        path_dirs.extend(["/sbin", "/usr/sbin"])
        executable = shutil.which(command, path=os.pathsep.join(path_dirs))
        if executable is None:
            return None
        env = dict(os.environ)
        env["LC_ALL"] = "C"  # untranslated keywords and headings
        # An empty argument string means none (Popen would pass '' on).
        argv = (executable,) + tuple(arg for arg in args if arg != "")
        process = subprocess.Popen(argv, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, env=env)
        if not process:
            return None
        stdout, _ = process.communicate()
        return io.BytesIO(stdout)
    except (OSError, subprocess.SubprocessError):
        return None


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    """Scans command's output for a word in keywords; get_word_index(i) says where the
    address is relative to the keyword at word i. The first universal address wins, else the
    first local one."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    first_local_mac = None
    for line in stdout:
        words = line.lower().rstrip().split()
        for i, word in enumerate(words):
            if word not in keywords:
                continue
            try:
                mac = int(words[get_word_index(i)].replace(_MAC_DELIM, b""), 16)
            except (ValueError, IndexError):
                continue
            if _is_universal(mac):
                return mac
            first_local_mac = first_local_mac or mac
    return first_local_mac or None


def _parse_mac(word):
    """A hardware address written as six _MAC_DELIM-separated hex bytes, or None."""
    parts = word.split(_MAC_DELIM)
    if len(parts) != 6:
        return None
    if _MAC_OMITS_LEADING_ZEROES:
        if not all(1 <= len(part) <= 2 for part in parts):
            return None
        digits = b"".join(part.rjust(2, b"0") for part in parts)
    else:
        if not all(len(part) == 2 for part in parts):
            return None
        digits = b"".join(parts)
    try:
        return int(digits, 16)
    except ValueError:
        return None


def _find_mac_under_heading(command, args, heading):
    """Reads the column titled heading (first line) of command's output: the first universal
    address in it, else the first local one."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    headings = stdout.readline().rstrip().split()
    try:
        column = headings.index(heading)
    except ValueError:
        return None
    first_local_mac = None
    for line in stdout:
        words = line.rstrip().split()
        if column >= len(words):
            continue
        mac = _parse_mac(words[column])
        if mac is None:
            continue
        if _is_universal(mac):
            return mac
        if first_local_mac is None:
            first_local_mac = mac
    return first_local_mac


def _sysfs_getnode():
    """Linux: the first universal non-zero address among /sys/class/net/*/address."""
    base = "/sys/class/net"
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return None
    for name in names:
        try:
            with open(os.path.join(base, name, "address"), "rb") as f:
                mac = _parse_mac(f.read().strip())
        except OSError:
            continue
        if mac and _is_universal(mac):
            return mac
    return None


def _ifconfig_getnode():
    """The address from ifconfig's output (its keyword differs between systems)."""
    keywords = (b"hwaddr", b"ether", b"address:", b"lladdr")
    for args in ("", "-a", "-av"):
        mac = _find_mac_near_keyword("ifconfig", args, keywords, lambda i: i + 1)
        if mac:
            return mac
    return None


def _ip_getnode():
    """The address from `ip link`."""
    mac = _find_mac_near_keyword("ip", "link", [b"link/ether"], lambda i: i + 1)
    return mac or None


def _arp_getnode():
    """The address arp lists for this host's own IP address."""
    import socket
    if not hasattr(socket, "gethostbyname"):
        return None
    try:
        ip_address = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    # The address follows the IP (Linux/BSD: '(a.b.c.d) at MAC'), or is the last word.
    for keyword in (os.fsencode(ip_address), os.fsencode(f"({ip_address})")):
        mac = _find_mac_near_keyword("arp", "-an", [keyword], lambda i: -1)
        if mac:
            return mac
        mac = _find_mac_near_keyword("arp", "-an", [keyword], lambda i: i + 2)
        if mac:
            return mac
    return None


def _lanscan_getnode():
    """HP-UX: the address of lan0 in `lanscan -ai`."""
    return _find_mac_near_keyword("lanscan", "-ai", [b"lan0"], lambda i: 0)


def _netstat_getnode():
    """The Address column of `netstat -ian` (AIX and others)."""
    return _find_mac_under_heading("netstat", "-ian", b"Address")


def _unix_getnode():
    """The node of a uuid1 made by libuuid (not available in Ember)."""
    if _generate_time_safe:
        uuid_time, _ = _generate_time_safe()
        return UUID(bytes=uuid_time).node
    return None


def _windll_getnode():
    """The node of a UUID made by Windows' UuidCreate (not available in Ember)."""
    if _UuidCreate:
        return UUID(bytes=bytes_(_UuidCreate())).node
    return None


def _random_getnode():
    """A random 48-bit node with the multicast bit set (RFC 9562 §6.10), so that it can never
    collide with a real network card's address."""
    import random
    return random.getrandbits(48) | (1 << 40)


if _LINUX:
    _OS_GETTERS = [_sysfs_getnode, _ip_getnode, _ifconfig_getnode]
elif _DARWIN:
    _OS_GETTERS = [_ifconfig_getnode, _arp_getnode, _netstat_getnode]
elif _AIX:
    _OS_GETTERS = [_netstat_getnode]
elif os.name == "nt":
    _OS_GETTERS = [_windll_getnode]
else:
    _OS_GETTERS = [_ifconfig_getnode, _ip_getnode, _arp_getnode, _netstat_getnode, _lanscan_getnode]
_GETTERS = [_unix_getnode] + _OS_GETTERS if os.name == "posix" else _OS_GETTERS

_node = None


def getnode():
    """The hardware address as a 48-bit int (a random one, with the multicast bit set, when
    none can be found); the same value for the life of the process."""
    global _node
    if _node is not None:
        return _node
    for getter in _GETTERS + [_random_getnode]:
        try:
            _node = getter()
        except Exception:
            continue
        if _node is not None and 0 <= _node < (1 << 48):
            return _node
    raise AssertionError(f"_random_getnode() returned invalid value: {_node}")


# ---- generators ----

# 100-ns intervals between the UUID epoch (1582-10-15) and the Unix epoch.
_GREGORIAN_OFFSET = 0x01B21DD213814000

_last_timestamp = None
_last_timestamp_v6 = None
_last_timestamp_v7 = None
_last_counter_v7 = None


def _random_clock_seq():
    import random
    return random.getrandbits(14)  # in place of stable storage


def uuid1(node=None, clock_seq=None):
    """A UUID from a host ID, sequence number and the current time (version 1)."""
    global _last_timestamp
    timestamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _random_clock_seq()
    if node is None:
        node = getnode()
    fields = (timestamp & 0xFFFFFFFF, (timestamp >> 32) & 0xFFFF, (timestamp >> 48) & 0x0FFF,
              (clock_seq >> 8) & 0x3F, clock_seq & 0xFF, node)
    return UUID(fields=fields, version=1)


def _from_hash(digest, flags):
    value = int_.from_bytes(digest[:16])
    return UUID._from_int((value & _RFC_4122_CLEARFLAGS_MASK) | flags)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name (version 3)."""
    if isinstance(name, str):
        name = bytes(name, "utf-8")
    import hashlib
    digest = hashlib.md5(namespace.bytes + name, usedforsecurity=False).digest()
    return _from_hash(digest, _RFC_4122_VERSION_3_FLAGS)


def uuid4():
    """A random UUID (version 4)."""
    return _from_hash(os.urandom(16), _RFC_4122_VERSION_4_FLAGS)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name (version 5)."""
    if isinstance(name, str):
        name = bytes(name, "utf-8")
    import hashlib
    digest = hashlib.sha1(namespace.bytes + name, usedforsecurity=False).digest()
    return _from_hash(digest, _RFC_4122_VERSION_5_FLAGS)


def uuid6(node=None, clock_seq=None):
    """Like uuid1(), with the timestamp's most significant bits first (version 6), so that
    UUIDs made later sort later."""
    global _last_timestamp_v6
    timestamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _last_timestamp_v6 is not None and timestamp <= _last_timestamp_v6:
        timestamp = _last_timestamp_v6 + 1
    _last_timestamp_v6 = timestamp
    if clock_seq is None:
        clock_seq = _random_clock_seq()
    if node is None:
        node = getnode()
    # time_high and time_mid (48) | version | time_low (12) | variant | clock_seq (14) | node (48)
    value = ((timestamp >> 12) & 0xFFFF_FFFF_FFFF) << 80
    value |= (timestamp & 0x0FFF) << 64
    value |= (clock_seq & 0x3FFF) << 48
    value |= node & 0xFFFF_FFFF_FFFF
    return UUID._from_int(value | _RFC_4122_VERSION_6_FLAGS)


_COUNTER_V7_MAX = (1 << 42) - 1


def _uuid7_get_counter_and_tail():
    """A fresh 42-bit counter (most significant bit clear, leaving room to count) and 32
    random bits, from one draw of 10 random bytes."""
    random_bits = int_.from_bytes(os.urandom(10))
    counter = (random_bits >> 32) & 0x1FF_FFFF_FFFF
    return counter, random_bits & 0xFFFF_FFFF


def uuid7():
    """A UUID from the Unix time in milliseconds, a counter and random bits (version 7).

    UUIDs made by this process increase: within one millisecond the 42-bit counter (RFC 9562
    §6.2, method 1) counts up; when it overflows, or the clock goes back, the timestamp moves
    past the last one used.
    """
    global _last_timestamp_v7, _last_counter_v7
    timestamp_ms = time.time_ns() // 1_000_000
    if _last_timestamp_v7 is None or timestamp_ms > _last_timestamp_v7:
        counter, tail = _uuid7_get_counter_and_tail()
    else:
        if timestamp_ms < _last_timestamp_v7:
            timestamp_ms = _last_timestamp_v7 + 1
        counter = _last_counter_v7 + 1
        if counter > _COUNTER_V7_MAX:
            timestamp_ms += 1
            counter, tail = _uuid7_get_counter_and_tail()
        else:
            tail = int_.from_bytes(os.urandom(4))
    # unix_ts_ms (48) | version | counter high (12) | variant | counter low (30) | random (32)
    value = (timestamp_ms & 0xFFFF_FFFF_FFFF) << 80
    value |= ((counter >> 30) & 0x0FFF) << 64
    value |= (counter & 0x3FFF_FFFF) << 32
    value |= tail & 0xFFFF_FFFF
    result = UUID._from_int(value | _RFC_4122_VERSION_7_FLAGS)
    _last_timestamp_v7 = timestamp_ms
    _last_counter_v7 = counter
    return result


def uuid8(a=None, b=None, c=None):
    """A UUID from three custom blocks (version 8): a is 48 bits, b 12 bits, c 62 bits; a block
    not given is random."""
    import random
    if a is None:
        a = random.getrandbits(48)
    if b is None:
        b = random.getrandbits(12)
    if c is None:
        c = random.getrandbits(62)
    value = (a & 0xFFFF_FFFF_FFFF) << 80
    value |= (b & 0x0FFF) << 64
    value |= c & 0x3FFF_FFFF_FFFF_FFFF
    return UUID._from_int(value | _RFC_4122_VERSION_8_FLAGS)


def main():
    """The command line: `ember -m uuid [-u FUNCTION] [-n NAMESPACE] [-N NAME] [-C COUNT]`."""
    generators = {"uuid1": uuid1, "uuid3": uuid3, "uuid4": uuid4, "uuid5": uuid5,
                  "uuid6": uuid6, "uuid7": uuid7, "uuid8": uuid8}
    namespaces = {"@dns": NAMESPACE_DNS, "@url": NAMESPACE_URL,
                  "@oid": NAMESPACE_OID, "@x500": NAMESPACE_X500}
    import argparse
    parser = argparse.ArgumentParser(
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
        description="Generate a UUID using the selected UUID function.")
    parser.add_argument("-u", "--uuid", choices=generators.keys(), default="uuid4",
                        help="function to generate the UUID")
    parser.add_argument("-n", "--namespace", choices=["any UUID", *namespaces.keys()],
                        help="uuid3/uuid5 only: a UUID, or a well-known predefined UUID "
                             "addressed by namespace name")
    parser.add_argument("-N", "--name",
                        help="uuid3/uuid5 only: name used as part of generating the UUID")
    parser.add_argument("-C", "--count", metavar="NUM", type=int, default=1,
                        help="generate NUM fresh UUIDs")
    args = parser.parse_args()
    generate = generators[args.uuid]
    if args.uuid in ("uuid3", "uuid5"):
        if not args.namespace or not args.name:
            parser.error("Incorrect number of arguments. "
                         f"{args.uuid} requires a namespace and a name. "
                         "Run 'python -m uuid -h' for more information.")
        namespace = namespaces.get(args.namespace) or UUID(args.namespace)
        for _ in range(args.count):
            print(generate(namespace, args.name))
    else:
        for _ in range(args.count):
            print(generate())


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")

NIL = UUID("00000000-0000-0000-0000-000000000000")
MAX = UUID("ffffffff-ffff-ffff-ffff-ffffffffffff")

if __name__ == "__main__":
    main()
