"""Template string literals (t-strings, PEP 750): the Template and Interpolation types."""

# The two types are built into the interpreter; a t-string is the way to reach them.
_sample = t"{None}"
Template = type(_sample)
Interpolation = type(_sample.interpolations[0])
del _sample


def convert(obj, /, conversion):
    """Apply a t-string field's conversion ('s', 'r', 'a' or None) to obj, as f-strings do."""
    converters = {None: lambda value: value, 's': str, 'r': repr, 'a': ascii}
    try:
        converter = converters[conversion]
    except (KeyError, TypeError):
        raise ValueError(f'invalid conversion specifier: {conversion}') from None
    return converter(obj)
