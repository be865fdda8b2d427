package org.ember.runtime;

/**
 * What a builtin type's {@code dict(...)} declaration uses to fill its namespace: a compact
 * table of methods (Python name, {@link ArgSpec}, Java body), computed attributes and values.
 */
public final class TypeBuilder {

    private final PyType type;

    TypeBuilder(PyType type) {
        this.type = type;
    }

    public PyType type() {
        return type;
    }

    public TypeBuilder value(String name, Object value) {
        type.dict().setItem(new PyStr(name), value);
        return this;
    }

    /** An instance method: the body gets the receiver and the bound arguments. */
    public TypeBuilder method(String name, ArgSpec spec, PyBuiltinFunction.Body body) {
        return value(name, new PyMethodDescr(type, spec, body, false));
    }

    /** A method taking no arguments. */
    public TypeBuilder method0(String name, java.util.function.Function<Object, Object> body) {
        return method(name, ArgSpec.noArgs(name), (self, args) -> body.apply(self));
    }

    /** A method taking exactly one positional argument (METH_O). */
    public TypeBuilder method1(String name, java.util.function.BiFunction<Object, Object, Object> body) {
        return method(name, ArgSpec.one(name), (self, args) -> body.apply(self, args[0]));
    }

    /** A class method ({@code dict.fromkeys}): the body gets the class as receiver. */
    public TypeBuilder classMethod(String name, ArgSpec spec, PyBuiltinFunction.Body body) {
        return value(name, new PyMethodDescr(type, spec, body, true));
    }

    /** A static method ({@code str.maketrans}): as in CPython its function's __self__ is the type, which the body ignores. */
    public TypeBuilder staticMethod(String name, ArgSpec spec, PyBuiltinFunction.Body body) {
        return value(name, new PyStaticMethod(new PyBuiltinFunction(spec, type, body)));
    }

    public TypeBuilder getset(String name, PyGetSetDescr.Getter getter, PyGetSetDescr.Setter setter) {
        return value(name, new PyGetSetDescr(type, name, getter, setter));
    }
}
