package org.ember.runtime;

/**
 * The attributes that {@code staticmethod} and {@code classmethod} take from the callable they
 * wrap ({@code __annotations__}, {@code __annotate__}): read from the callable on first use and
 * kept, or set on the wrapper itself, as CPython 3.14 does (descriptor_get/set_wrapped_attribute).
 */
final class WrappedAttributes {
    private final PyDict values = new PyDict();

    Object get(Object callable, String name) {
        PyStr key = new PyStr(name);
        synchronized (values) {
            Object found = values.getItem(key);
            if (found != null) return found;
        }
        Object value = Abstract.getAttr(callable, key);
        synchronized (values) {
            values.setItem(key, value);
        }
        return value;
    }

    void set(String name, Object valueOrNull, Object owner) {
        PyStr key = new PyStr(name);
        synchronized (values) {
            if (valueOrNull != null) {
                values.setItem(key, valueOrNull);
            } else if (!values.delItemIfPresent(key)) {
                throw Errors.attributeError("'%s' object has no attribute '%s'", Abstract.typeName(owner), name);
            }
        }
    }

    /** Adds the __annotations__ and __annotate__ getsets to a wrapper type. */
    static void install(TypeBuilder d, java.util.function.Function<Object, WrappedAttributes> attributes,
                        java.util.function.Function<Object, Object> callable) {
        for (String name : new String[] {"__annotations__", "__annotate__"}) {
            d.getset(name, self -> attributes.apply(self).get(callable.apply(self), name),
                    (self, v) -> attributes.apply(self).set(name, v, self));
        }
    }
}
