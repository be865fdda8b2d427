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
                d.method("get", ArgSpec.positional("get", 1, 2), (self, a) ->
                        Abstract.invoke(((PyMappingProxy) self).mapping, "get", a[0], a[1] == null ? PyNone.NONE : a[1]));
            })
            .build();

    private final Object mapping;

    public PyMappingProxy(Object mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
