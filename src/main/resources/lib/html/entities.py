"""HTML character entity references (html.entities).

Written for Ember. The tables are read from the data file entities.txt next to this module
(generated once by tools/gen-html-entities.py from the WHATWG list of named character
references and the HTML 4.01 entity set):

html5            'name;' (or legacy 'name') -> the characters it stands for (HTML5)
name2codepoint   HTML 4.01 entity name -> Unicode code point
codepoint2name   the reverse mapping
entitydefs       HTML 4.01 entity name -> its character
"""

import os as _os

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']


def _read_tables():
    path = _os.path.join(_os.path.dirname(__file__), 'entities.txt')
    # The loader reads the file wherever the library lives (a directory or Ember's jar).
    text = __loader__.get_data(path).decode('ascii')
    html5 = {}
    html4 = {}
    table = None
    for line in text.splitlines():
        if not line or line.startswith('#'):
            continue
        if line.startswith('['):
            table = html5 if line == '[html5]' else html4
            continue
        name, *codepoints = line.split(' ')
        if table is html5:
            html5[name] = ''.join(chr(int(cp, 16)) for cp in codepoints)
        else:
            html4[name] = int(codepoints[0], 16)
    return html5, html4


html5, name2codepoint = _read_tables()
codepoint2name = {codepoint: name for name, codepoint in name2codepoint.items()}
entitydefs = {name: chr(codepoint) for name, codepoint in name2codepoint.items()}
del _read_tables
