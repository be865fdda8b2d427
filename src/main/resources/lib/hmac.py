"""HMAC (keyed-hashing for message authentication, RFC 2104), Ember's own version.

Works with every hashlib algorithm (by name, constructor or module with a `new`)."""

import hashlib as _hashlib_module
from _hashlib import compare_digest, hmac_digest as _hmac_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hashing module used.
digest_size = None


def _constructor(digestmod):
    """A callable d(data=b'') -> hash object for any form of digestmod."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib_module.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC class; also supports the PEP 247 interface."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        make = _constructor(digestmod)
        self._hmac = None
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            import warnings
            warnings.warn(f'block_size of {blocksize} seems too small; using our default of {self.blocksize}.',
                          RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the data so far, as bytes (the object can keep being updated)."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new HMAC object (see HMAC)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key in one call; digest is a name, constructor or module."""
    if isinstance(digest, str) and digest.lower() in _hashlib_module.algorithms_available:
        return _hmac_digest(key, msg, digest.lower())
    make = _constructor(digest)
    inner = make()
    outer = make()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = make(key).digest()
    key = bytes(key).ljust(blocksize, b'\0')
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
