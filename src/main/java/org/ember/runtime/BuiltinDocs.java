package org.ember.runtime;

import java.util.Map;

/**
 * Docstrings of the builtin types and functions ({@code int.__doc__}, {@code len.__doc__}),
 * written for Ember: the first line gives the call shape, the rest says what it does. Types and
 * functions not listed have {@code __doc__ = None}.
 */
public final class BuiltinDocs {
    private BuiltinDocs() {}

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("object", "The base class of every class.\n\nobject() makes a featureless instance."),
            Map.entry("type", "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new class"),
            Map.entry("int", "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
                    + "Makes an integer from a number (truncating floats towards zero) or from a str,\n"
                    + "bytes or bytearray holding an integer literal in the given base (2 to 36, or 0 to\n"
                    + "read the base from the literal's prefix). int() is 0."),
            Map.entry("bool", "bool(obj=False, /)\n\nTrue when obj is true, else False. bool is a subclass of int;\n"
                    + "True and False are its only instances."),
            Map.entry("float", "float(x=0, /)\n\nMakes a floating-point number from a number or a str."),
            Map.entry("complex", "complex(real=0, imag=0)\n\nMakes a complex number real + imag*1j, or parses a str such as '1+2j'."),
            Map.entry("str", "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
                    + "Makes a str: the object's __str__ (or repr), or the given bytes decoded with the\n"
                    + "encoding (default 'utf-8') and error handler (default 'strict')."),
            Map.entry("bytes", "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
                    + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes of that many zero bytes\n"
                    + "bytes() -> empty bytes"),
            Map.entry("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
                    + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> that many zero bytes\n"
                    + "bytearray() -> empty bytearray"),
            Map.entry("memoryview", "memoryview(object)\n\nA view of an object's buffer, without copying it."),
            Map.entry("list", "list(iterable=(), /)\n\nA mutable sequence; without an argument, an empty list."),
            Map.entry("tuple", "tuple(iterable=(), /)\n\nAn immutable sequence; without an argument, the empty tuple."),
            Map.entry("dict", "dict() -> new empty dictionary\ndict(mapping) -> dictionary of the mapping's (key, value) pairs\n"
                    + "dict(iterable) -> dictionary of the iterable's (key, value) pairs\n"
                    + "dict(**kwargs) -> dictionary of the name=value pairs"),
            Map.entry("set", "set(iterable=(), /)\n\nA mutable collection of distinct hashable objects."),
            Map.entry("frozenset", "frozenset(iterable=(), /)\n\nAn immutable, hashable collection of distinct hashable objects."),
            Map.entry("range", "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
                    + "The integers from start (default 0) up to but not including stop, by step (default 1)."),
            Map.entry("slice", "slice(stop)\nslice(start, stop[, step])\n\nThe indices a[start:stop:step] selects."),
            Map.entry("enumerate", "enumerate(iterable, start=0)\n\nYields (count, item) pairs, counting from start."),
            Map.entry("zip", "zip(*iterables, strict=False)\n\nYields tuples of the iterables' items in step; stops with the "
                    + "shortest (strict=True: ValueError when lengths differ)."),
            Map.entry("map", "map(function, iterable, /, *iterables)\n\nYields function applied to the iterables' items in step."),
            Map.entry("filter", "filter(function or None, iterable)\n\nYields the items for which function(item) is true "
                    + "(the true items when function is None)."),
            Map.entry("reversed", "reversed(sequence, /)\n\nYields a sequence's items from last to first."),
            Map.entry("property", "property(fget=None, fset=None, fdel=None, doc=None)\n\nA managed attribute: "
                    + "reading, assigning and deleting call fget, fset and fdel."),
            Map.entry("classmethod", "classmethod(function, /)\n\nMakes a method that receives the class as its first argument."),
            Map.entry("staticmethod", "staticmethod(function, /)\n\nMakes a method that receives no implicit first argument."),
            Map.entry("super", "super() -> the same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\n"
                    + "super(type, obj) -> bound super object; isinstance(obj, type)\n"
                    + "super(type, type2) -> bound super object; issubclass(type2, type)\n\n"
                    + "Delegates attribute lookups to the classes after type in the MRO."),
            Map.entry("BaseException", "The base class of all exceptions."),
            Map.entry("Exception", "The base class of all exceptions that are not exits or interrupts."));

    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("abs", "Returns the absolute value of the argument."),
            Map.entry("aiter", "Returns an asynchronous iterator for an asynchronous iterable."),
            Map.entry("all", "Returns True if every item of the iterable is true (True when it is empty)."),
            Map.entry("anext", "anext(aiterator[, default])\n\nAwaits and returns the asynchronous iterator's next item; "
                    + "at its end, default if given, else StopAsyncIteration."),
            Map.entry("any", "Returns True if any item of the iterable is true (False when it is empty)."),
            Map.entry("ascii", "Returns repr(obj) with every non-ASCII character escaped (\\x, \\u or \\U)."),
            Map.entry("bin", "Returns the binary representation of an integer, e.g. bin(5) == '0b101'."),
            Map.entry("breakpoint", "breakpoint(*args, **kws)\n\nCalls sys.breakpointhook(*args, **kws)."),
            Map.entry("callable", "Returns whether the object can be called."),
            Map.entry("chr", "Returns the one-character str of the given Unicode code point (0 <= i <= 0x10ffff)."),
            Map.entry("compile", "Compiles source (a str, bytes or AST) into a code object that exec() or eval() can run.\n\n"
                    + "mode is 'exec' for a module, 'eval' for one expression, 'single' for one interactive statement."),
            Map.entry("delattr", "Deletes the named attribute of an object: delattr(x, 'y') is del x.y."),
            Map.entry("dir", "dir([object]) -> list of str\n\nWithout an argument, the names in the current scope; "
                    + "with one, the object's attributes (its __dir__), sorted."),
            Map.entry("divmod", "Returns the tuple (x//y, x%y)."),
            Map.entry("eval", "Evaluates an expression (a str or a code object) in globals and locals, and returns its value."),
            Map.entry("exec", "Runs source (a str or a code object) in globals and locals."),
            Map.entry("format", "Returns value.__format__(format_spec)."),
            Map.entry("getattr", "getattr(object, name[, default]) -> value\n\nReads the named attribute: getattr(x, 'y') is x.y; "
                    + "when it is missing, default if given, else AttributeError."),
            Map.entry("globals", "Returns the dictionary of the current module's global names."),
            Map.entry("hasattr", "Returns whether the object has the named attribute (getattr does not raise AttributeError)."),
            Map.entry("hash", "Returns the hash value of the object; objects that compare equal have the same hash."),
            Map.entry("hex", "Returns the hexadecimal representation of an integer, e.g. hex(255) == '0xff'."),
            Map.entry("id", "Returns the identity of an object: an integer unique among simultaneously existing objects."),
            Map.entry("input", "input(prompt='', /)\n\nWrites the prompt to standard output, reads a line from standard input "
                    + "and returns it without its trailing newline; EOFError at the end of the input."),
            Map.entry("isinstance", "Returns whether an object is an instance of a class (or of a subclass, or of one of a "
                    + "tuple or union of classes)."),
            Map.entry("issubclass", "Returns whether cls is a subclass of class_or_tuple (a class is a subclass of itself)."),
            Map.entry("iter", "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\n"
                    + "The second form calls callable until it returns sentinel."),
            Map.entry("len", "Returns the number of items in a container."),
            Map.entry("locals", "Returns a dictionary of the current scope's local names (a snapshot inside a function)."),
            Map.entry("max", "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                    + "The largest item, or default when the iterable is empty."),
            Map.entry("min", "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                    + "The smallest item, or default when the iterable is empty."),
            Map.entry("next", "next(iterator[, default])\n\nReturns the iterator's next item; at its end, default if given, "
                    + "else StopIteration."),
            Map.entry("oct", "Returns the octal representation of an integer, e.g. oct(8) == '0o10'."),
            Map.entry("open", "Opens a file and returns a stream (text or binary, by mode)."),
            Map.entry("ord", "Returns the Unicode code point of a one-character str (or the value of a one-byte bytes)."),
            Map.entry("pow", "Returns base**exp, or base**exp % mod computed efficiently when mod is given."),
            Map.entry("print", "print(*args, sep=' ', end='\\n', file=None, flush=False)\n\n"
                    + "Writes the args' str to a stream (sys.stdout by default), separated by sep and followed by end."),
            Map.entry("repr", "Returns the canonical string representation of the object."),
            Map.entry("round", "Rounds a number to ndigits decimal digits (ties to even); without ndigits, to an int."),
            Map.entry("setattr", "Sets the named attribute of an object: setattr(x, 'y', v) is x.y = v."),
            Map.entry("sorted", "Returns a new list of the iterable's items in ascending order (stable; key and reverse as "
                    + "list.sort)."),
            Map.entry("sum", "Returns start (default 0) plus the sum of the iterable's items."),
            Map.entry("vars", "vars([object]) -> dictionary\n\nWithout an argument, locals(); with one, object.__dict__."),
            Map.entry("__build_class__", "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
                    + "Runs a class statement's body and makes the class (the class statement's helper)."),
            Map.entry("__import__", "Imports a module: the import statement's helper (importlib.import_module is the "
                    + "function to call from code)."));

    /** Ember's own docstrings of common builtin methods, by "type.method". */
    private static final Map<String, String> METHODS = Map.ofEntries(
            Map.entry("list.append", "Adds object at the end of the list."),
            Map.entry("list.extend", "Adds the iterable's items at the end of the list."),
            Map.entry("list.insert", "Inserts object before position index."),
            Map.entry("list.pop", "Removes and returns the item at index (the last by default).\n\nIndexError when the list is empty or index is out of range."),
            Map.entry("list.remove", "Removes the first item equal to value.\n\nValueError when there is none."),
            Map.entry("list.index", "Returns the position of the first item equal to value (searching from start to stop).\n\nValueError when there is none."),
            Map.entry("list.count", "Returns how many items equal value."),
            Map.entry("list.clear", "Removes every item."),
            Map.entry("list.copy", "Returns a shallow copy of the list."),
            Map.entry("list.reverse", "Reverses the list in place."),
            Map.entry("list.sort", "Sorts the list in place, stably, in ascending order (or descending with reverse=True).\n\nkey, if given, is called once per item and the results are compared instead."),
            Map.entry("tuple.index", "Returns the position of the first item equal to value (searching from start to stop).\n\nValueError when there is none."),
            Map.entry("tuple.count", "Returns how many items equal value."),
            Map.entry("dict.get", "Returns the value for key, or default when key is missing."),
            Map.entry("dict.setdefault", "Returns the value for key, first inserting default for it when key is missing."),
            Map.entry("dict.pop", "Removes key and returns its value; default when key is missing, if given, else KeyError."),
            Map.entry("dict.popitem", "Removes and returns the last inserted (key, value) pair.\n\nKeyError when the dict is empty."),
            Map.entry("dict.keys", "Returns a set-like view of the dict's keys."),
            Map.entry("dict.values", "Returns a view of the dict's values."),
            Map.entry("dict.items", "Returns a set-like view of the dict's (key, value) pairs."),
            Map.entry("dict.update", "Adds the pairs of a mapping (or an iterable of pairs) and the keyword arguments, replacing existing keys."),
            Map.entry("dict.clear", "Removes every item."),
            Map.entry("dict.copy", "Returns a shallow copy of the dict."),
            Map.entry("dict.fromkeys", "Returns a new dict with the iterable's items as keys, each mapped to value."),
            Map.entry("set.add", "Adds an element to the set (nothing happens when it is already there)."),
            Map.entry("set.discard", "Removes an element if it is a member (nothing happens otherwise)."),
            Map.entry("set.remove", "Removes an element; KeyError when it is not a member."),
            Map.entry("set.pop", "Removes and returns an arbitrary element; KeyError when the set is empty."),
            Map.entry("set.clear", "Removes every element."),
            Map.entry("set.copy", "Returns a shallow copy of the set."),
            Map.entry("set.union", "Returns a new set with the elements of the set and of all the others."),
            Map.entry("set.intersection", "Returns a new set with the elements common to the set and all the others."),
            Map.entry("set.difference", "Returns a new set with the elements of the set that are in none of the others."),
            Map.entry("set.update", "Adds the elements of all the others."),
            Map.entry("str.split", "Returns the words of the string, split at sep (at runs of whitespace when sep is None).\n\nmaxsplit limits the number of splits (-1: no limit)."),
            Map.entry("str.join", "Returns the strings of the iterable joined, with this string between them."),
            Map.entry("str.strip", "Returns the string without leading and trailing characters in chars (whitespace when None)."),
            Map.entry("str.replace", "Returns a copy with occurrences of old replaced by new (the first count of them, when count is not -1)."),
            Map.entry("str.startswith", "Returns True when the string starts with prefix (or one of a tuple of prefixes), looking at string[start:end]."),
            Map.entry("str.endswith", "Returns True when the string ends with suffix (or one of a tuple of suffixes), looking at string[start:end]."),
            Map.entry("str.find", "Returns the lowest index where sub occurs within string[start:end], or -1."),
            Map.entry("str.lower", "Returns a copy with every cased character lowercased."),
            Map.entry("str.upper", "Returns a copy with every cased character uppercased."),
            Map.entry("str.format", "Returns the string with its replacement fields ({...}) filled from the arguments."),
            Map.entry("str.encode", "Returns the string encoded to bytes with the codec for encoding (errors: how to handle what it cannot encode)."),
            Map.entry("bytes.decode", "Returns the bytes decoded to a str with the codec for encoding (errors: how to handle what it cannot decode)."),
            Map.entry("int.to_bytes", "Returns the bytes representing the integer in length bytes, in byteorder (big or little); signed allows negatives (two's complement)."),
            Map.entry("int.bit_length", "Returns the number of bits needed to represent the absolute value, without sign or leading zeros."),
            Map.entry("object.__dir__", "Returns the names of the object's attributes (what dir() sorts and shows)."),
            Map.entry("object.__reduce_ex__", "Returns the reduce value pickle and copy use for the object with the given protocol."));

    /** A builtin method's docstring ({@code forMethod("list", "append")}), or null. */
    public static String forMethod(String typeName, String name) {
        return METHODS.get(typeName + "." + name);
    }

    /** A builtin type's docstring, or null. */
    public static String forType(String name) {
        return TYPES.get(name);
    }

    /** A builtin function's docstring, or null. */
    public static String forFunction(String name) {
        return FUNCTIONS.get(name);
    }
}
