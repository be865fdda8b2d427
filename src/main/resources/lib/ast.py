"""ast (Ember): abstract syntax trees.

The node classes come from _ast; compile(source, filename, mode, PyCF_ONLY_AST) runs Ember's
parser and returns a tree of them, and compile(tree, ...) compiles such a tree. This module adds
the helpers documented for the ast module: parse, literal_eval, dump, walk, the visitors,
location fixing, docstrings, source segments, compare and unparse.
"""

from _ast import *
import _ast

__all__ = [name for name in dir(_ast) if not name.startswith('__')] + [
    'parse', 'literal_eval', 'dump', 'copy_location', 'fix_missing_locations',
    'increment_lineno', 'iter_fields', 'iter_child_nodes', 'get_docstring',
    'get_source_segment', 'walk', 'NodeVisitor', 'NodeTransformer', 'compare', 'unparse']


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None, optimize=-1):
    """Parses source into an AST node (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if optimize > 0:
        flags |= PyCF_OPTIMIZED_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        feature_version = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}; only 3 is supported")
        feature_version = minor
    return compile(source, filename, mode, flags, _feature_version=feature_version,
                   optimize=optimize)


# ---- literal_eval -------------------------------------------------------------------------

def literal_eval(node_or_string):
    """Evaluates a node or string holding only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _Literal().value(node_or_string)


class _Literal:
    def malformed(self, node):
        line = getattr(node, 'lineno', None)
        where = f' on line {line}' if line else ''
        raise ValueError(f'malformed node or string{where}: {node!r}')

    def number(self, node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            self.malformed(node)
        return node.value

    def signed(self, node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = self.number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return self.number(node)

    def value(self, node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(self.value(item) for item in node.elts)
        if isinstance(node, List):
            return [self.value(item) for item in node.elts]
        if isinstance(node, Set):
            return {self.value(item) for item in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                self.malformed(node)
            return {self.value(key): self.value(value)
                    for key, value in zip(node.keys, node.values)}
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = self.signed(node.left)
            right = self.number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
            self.malformed(node)
        return self.signed(node)


# ---- dump ---------------------------------------------------------------------------------

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None, show_empty=False):
    """A formatted dump of the tree, for debugging."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent, show_empty).format(node, 0)[0]


class _Dumper:
    def __init__(self, annotate_fields, include_attributes, indent, show_empty):
        self.annotate_fields = annotate_fields
        self.include_attributes = include_attributes
        self.indent = indent
        self.show_empty = show_empty

    def format(self, value, level):
        """(text, simple): simple values let their parent stay on one line."""
        if self.indent is not None:
            level += 1
            opening = '\n' + self.indent * level
            separator = ',\n' + self.indent * level
        else:
            opening = ''
            separator = ', '
        if isinstance(value, AST):
            arguments, simple = self.arguments(value, level)
            name = type(value).__name__
            if simple and len(arguments) <= 3:
                return '%s(%s)' % (name, ', '.join(arguments)), not arguments
            return '%s(%s%s)' % (name, opening, separator.join(arguments)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            items = [self.format(item, level)[0] for item in value]
            return '[%s%s]' % (opening, separator.join(items)), False
        return repr(value), True

    def arguments(self, node, level):
        cls = type(node)
        written = []
        pending_empty = []    # empty values skipped while fields are positional
        all_simple = True
        by_keyword = self.annotate_fields
        keeps_empty = isinstance(node, (Constant, MatchSingleton))
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                by_keyword = True
                continue
            if value is None and getattr(cls, name, ...) is None:
                by_keyword = True
                continue
            if not self.show_empty and (value is None or value == []) and not keeps_empty:
                pending_empty.append(repr(value))
                continue
            if not by_keyword:
                written.extend(pending_empty)
                pending_empty = []
            text, simple = self.format(value, level)
            all_simple = all_simple and simple
            written.append('%s=%s' % (name, text) if by_keyword else text)
        if self.include_attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                text, simple = self.format(value, level)
                all_simple = all_simple and simple
                written.append('%s=%s' % (name, text))
        return written, all_simple


# ---- locations ----------------------------------------------------------------------------

def copy_location(new_node, old_node):
    """Copies the source location attributes of old_node to new_node, when it has them."""
    for attribute in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attribute in old_node._attributes and attribute in new_node._attributes:
            value = getattr(old_node, attribute, None)
            if value is not None or (hasattr(old_node, attribute)
                                     and attribute.startswith('end_')):
                setattr(new_node, attribute, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node without a location its parent's, starting from line 1, column 0."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Adds n to the line numbers of node and of every node below it."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


# ---- traversal ----------------------------------------------------------------------------

def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes: fields that are nodes, and the nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node of the tree, breadth first, in no guaranteed order."""
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


class NodeVisitor:
    """Calls visit_<ClassName> for each node visited, or generic_visit, which visits the children."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node that replaces the one visited
    (None removes it; in a list field an iterable of nodes is spliced in)."""

    def generic_visit(self, node):
        for name, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for item in old_value:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new_values.extend(item)
                            continue
                    new_values.append(item)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new_node)
        return node


def compare(a, b, /, *, compare_attributes=False):
    """Whether two trees are equal field by field (and by location with compare_attributes)."""
    def same(x, y):
        if isinstance(x, AST) and isinstance(y, AST):
            if type(x) is not type(y):
                return False
            names = x._fields + (x._attributes if compare_attributes else ())
            for name in names:
                missing = object()
                if not same(getattr(x, name, missing), getattr(y, name, missing)):
                    return False
            return True
        if isinstance(x, list) and isinstance(y, list):
            return len(x) == len(y) and all(same(p, q) for p, q in zip(x, y))
        return type(x) is type(y) and x == y
    return same(a, b)


# ---- docstrings and source ----------------------------------------------------------------

def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines(source):
    """Lines with their ends, split like the tokenizer (not at form feeds)."""
    lines = []
    start = 0
    index = 0
    size = len(source)
    while index < size:
        char = source[index]
        index += 1
        if char == '\r' and index < size and source[index] == '\n':
            index += 1
        if char in '\r\n':
            lines.append(source[start:index])
            start = index
    if start < size:
        lines.append(source[start:])
    return lines


def _pad_whitespace(text):
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """The source text that produced node, or None when node has no complete location."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


# ---- unparse ------------------------------------------------------------------------------

def unparse(ast_obj):
    """Source text that parses back to an equivalent tree."""
    return _Unparser().visit(ast_obj)


from _ast_unparse import _Unparser  # noqa: E402  (the unparser needs the names above)


def main(args=None):
    import argparse
    import sys
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval', 'func_type'))
    parser.add_argument('--no-type-comments', default=True, action='store_false')
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    options = parser.parse_args(args)
    if options.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = options.infile
        with open(options.infile, 'rb') as infile:
            source = infile.read()
    tree = parse(source, name, options.mode, type_comments=options.no_type_comments)
    print(dump(tree, include_attributes=options.include_attributes, indent=options.indent))


if __name__ == '__main__':
    main()
