package org.ember.runtime;

/** {@code mappingproxy}: a read-only view of a mapping, what {@code cls.__dict__} returns. */
public final class PyMappingProxy extends PyObject {

    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class)
            .slots(t -> {
                t.repr = self -> new PyStr("mappingproxy(" + Abstract.repr(((PyMappingProxy) self).mapping).value() + ")");
                t.str = self -> Abstract.str(((PyMappingProxy) self).mapping);
                t.getitem = (self, key) -> Abstract.getItem(((PyMappingProxy) self).mapping, key);
                t.len = self -> Abstract.len(((PyMappingProxy) self).mapping);
                t.contains = (self, key) -> Abstract.contains(((PyMappingProxy) self).mapping, key);
                t.iter = self -> Abstract.getIter(((PyMappingProxy) self).mapping);
                t.richcompare = (a, b, op) -> Abstract.richCompare(((PyMappingProxy) a).mapping, b, op);
                // `proxy | other` is the proxied mapping's |; `|=` would change it, so it is refused
                t.binary[BinOp.OR.ordinal()] = (a, b) -> Abstract.binaryOp(unwrap(a), unwrap(b), BinOp.OR);
                t.inplace[BinOp.OR.ordinal()] = (a, b) -> {
                    throw Errors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
                };
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.keywords("mappingproxy", 0, 1, 1, "mapping").bind(args, off, n, kw);
                    if (Abstract.typeOf(a[0]).getitem == null || a[0] instanceof PyList || a[0] instanceof PyTuple) {
                        throw Errors.typeError("mappingproxy() argument must be a mapping, not %s", Abstract.typeName(a[0]));
                    }
                    return new PyMappingProxy(a[0]);
                };
            })
            .dict(d -> {
                for (String name : new String[] {"keys", "values", "items", "copy"}) {
                    d.method0(name, self -> Abstract.invoke(((PyMappingProxy) self).mapping, name));
                }
                d.method0("__reversed__", self -> Abstract.invoke(((PyMappingProxy) self).mapping, "__reversed__"));
                d.method("get", ArgSpec.positional("get", 1, 2), (self, a) ->
                        Abstract.invoke(((PyMappingProxy) self).mapping, "get", a[0], a[1] == null ? PyNone.NONE : a[1]));
            })
            .build().withCollectionFlag(PyType.MAPPING);   // match: a mapping

    private final Object mapping;

    private static Object unwrap(Object operand) {
        return operand instanceof PyMappingProxy proxy ? proxy.mapping : operand;
    }

    public PyMappingProxy(Object mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
