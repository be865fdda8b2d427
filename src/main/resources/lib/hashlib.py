"""Secure hashes and message digests (Ember's own `hashlib`).

The algorithms are Java: `_hashlib` (MD5, SHA-1, SHA-2, SHA-3, SHAKE) and `_blake2`
(BLAKE2b/BLAKE2s). This module names them as CPython's hashlib does.
"""

import _hashlib
import _blake2

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(_hashlib.openssl_md_meth_names) | algorithms_guaranteed

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'file_digest',
                                'pbkdf2_hmac')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - a new hashing object for the algorithm `name`."""
    if name in {'blake2b', 'blake2s'}:
        # the BLAKE2 parameters (digest_size, key, salt, ...) only exist on these two
        return getattr(_blake2, name)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened in binary mode.

    `digest` is a hash name, a constructor, or a callable returning a hash object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        # io.BytesIO: hash the buffer in one go
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
