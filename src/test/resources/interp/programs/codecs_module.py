# codecs module basics (lookup, encode, decode, BOMs). Recorded with CPython 3.13.
import codecs
for name in ['utf-8', 'UTF8', 'latin1', 'Latin-1', 'ascii', 'us-ascii', 'utf-16', 'utf_16_le', 'UTF-32-BE', 'cp1252', 'windows-1252']:
    info = codecs.lookup(name)
    print(name, info.name, info.encode('h\xe9', 'replace'), info.decode(info.encode('hi')[0]), isinstance(info, tuple), len(info))
for bad in [lambda: codecs.lookup('nope'), lambda: codecs.encode(b'x', 'utf-8'), lambda: codecs.decode('x', 'utf-8'),
            lambda: codecs.encode('\xe9', 'ascii'), lambda: codecs.decode(b'\xff', 'utf-8')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(codecs.encode('\xe9', 'ascii', 'xmlcharrefreplace'), codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.encode('x'), codecs.decode(b'x'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_LE)
print(codecs.getencoder('utf-8')('é'), codecs.getdecoder('latin-1')(b'\xe9'), repr(codecs.lookup('utf-8')).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
print('hé'.encode('utf-8-sig'), b'\xef\xbb\xbfh\xc3\xa9'.decode('utf-8-sig'), b'hi'.decode('utf_8_sig'), ''.encode('UTF-8-SIG'), codecs.lookup('utf-8-sig').name)
try: b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e: print(e, e.start, e.object)
try: '\ud800'.encode('utf-8-sig')
except UnicodeEncodeError as e: print(e, e.start)
