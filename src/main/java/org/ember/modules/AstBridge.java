package org.ember.modules;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ember.interp.Importer;
import org.ember.parser.Ast;
import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBaseObject;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyComplex;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyEllipsis;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * Between the parser's {@link Ast} records and the Python node classes of the {@code _ast}
 * module (Ember's lib): {@code compile(..., PyCF_ONLY_AST)} turns a parsed tree into Python
 * objects, {@code compile(tree, ...)} turns Python objects back into records for the compiler.
 *
 * <p>Both directions are driven by the records' components, which are named and ordered like
 * CPython's {@code _fields} then {@code _attributes} (see {@link Ast}), so no node is spelled
 * out here. A field's Java type says how to convert it: {@code String} (identifier, None when
 * absent), {@code int}/{@code Integer}, a node interface, one of the operator enums (a
 * singleton-like instance of the class of the same name), {@code List<...>}, or {@code Object}
 * for a constant value.
 */
public final class AstBridge {
    private AstBridge() {}

    /** The record classes by their Python class name ("Expr" is {@link Ast.ExprStmt}). */
    private static final Map<String, Class<?>> RECORDS = new ConcurrentHashMap<>();
    static {
        for (Class<?> c : Ast.class.getDeclaredClasses()) {
            if (c.isRecord() && Ast.Node.class.isAssignableFrom(c)) {
                @SuppressWarnings("unchecked") Class<? extends Ast.Node> node = (Class<? extends Ast.Node>) c;
                RECORDS.put(Ast.pythonName(node), c);
            }
        }
    }

    // ---- records -> Python ----------------------------------------------------------------------

    /** The Python tree for a parsed module, expression, ... built from the classes of {@code _ast}. */
    public static Object toPython(Ast.Node tree) {
        PyDict classes = astModule().dict();
        return new ToPython(classes).node(tree);
    }

    private static PyModule astModule() {
        Interpreter interp = ThreadState.current().interpreter();
        Importer.importModule(interp, new PyStr("_ast"), null, null, null);
        return (PyModule) interp.modules.getItemStr("_ast");
    }

    private record ToPython(PyDict classes) {
        Object node(Ast.Node node) {
            PyType cls = classFor(Ast.pythonName(node));
            Object obj = PyBaseObject.NEW.make(cls, new Object[0], 0, 0, null);
            for (RecordComponent component : node.getClass().getRecordComponents()) {
                Object value = read(component, node);
                Abstract.setAttr(obj, component.getName(), value(value));
            }
            return obj;
        }

        Object value(Object value) {
            return switch (value) {
                case null -> PyNone.NONE;
                case Ast.Node child -> node(child);
                case Enum<?> singleton -> Abstract.call(classFor(singleton.name()));
                case List<?> items -> {
                    PyList list = new PyList();
                    for (Object item : items) list.append(value(item));
                    yield list;
                }
                default -> PyCode.convertConst(value);
            };
        }

        PyType classFor(String name) {
            Object cls = classes.getItemStr(name);
            if (!(cls instanceof PyType type)) throw Errors.systemError("_ast has no node class %s", name);
            return type;
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw Errors.systemError("cannot read AST field %s: %s", component.getName(), e);
        }
    }

    // ---- Python -> records ----------------------------------------------------------------------

    /** Whether {@code obj} is an instance of {@code _ast.AST} (only once {@code _ast} is loaded). */
    public static boolean isAst(Object obj) {
        Object module = ThreadState.current().interpreter().modules.getItemStr("_ast");
        if (!(module instanceof PyModule m)) return false;
        Object base = m.dict().getItemStr("AST");
        return base != null && Abstract.isInstance(obj, base);
    }

    /**
     * The record tree for a Python tree whose root must be a {@code mod} of the kind that
     * {@code mode} compiles ("exec" Module, "eval" Expression, "single" Interactive).
     */
    public static Ast.Mod toRecords(Object tree, String mode) {
        String expected = switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "FunctionType";
        };
        String actual = pythonClassName(tree);
        if (!expected.equals(actual)) {
            throw Errors.typeError("expected %s node, got %s", expected, Abstract.typeName(tree));
        }
        return (Ast.Mod) toRecord(tree, Ast.Mod.class);
    }

    /** The name of the first class in the object's MRO that is one of the node classes. */
    private static String pythonClassName(Object obj) {
        for (PyType cls : Abstract.typeOf(obj).mro()) {
            String name = cls.name();
            if (RECORDS.containsKey(name)) return name;
        }
        return null;
    }

    private static Object toRecord(Object obj, Class<?> expected) {
        String name = pythonClassName(obj);
        Class<?> recordClass = name == null ? null : RECORDS.get(name);
        if (recordClass == null || !expected.isAssignableFrom(recordClass)) {
            throw Errors.typeError("expected some sort of %s, but got %s", familyName(expected), Abstract.repr(obj).value());
        }
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            Object value = Abstract.lookupAttr(obj, new PyStr(component.getName()));
            values[i] = field(name, component, value);
        }
        try {
            Constructor<?> constructor = recordClass.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw Errors.systemError("cannot build AST node %s: %s", name, e);
        }
    }

    /** CPython's name of a node family in "expected some sort of expr" messages. */
    private static String familyName(Class<?> family) {
        if (family == Ast.Stmt.class) return "stmt";
        if (family == Ast.Expr.class) return "expr";
        if (family == Ast.Mod.class) return "mod";
        if (family == Ast.Pattern.class) return "pattern";
        if (family == Ast.TypeParam.class) return "type_param";
        if (family.isRecord()) return Ast.pythonName(family.asSubclass(Ast.Node.class));
        return family.getSimpleName();
    }

    private static Object field(String node, RecordComponent component, Object value) {
        Class<?> type = component.getType();
        boolean absent = value == null || value == PyNone.NONE;
        if (type == int.class) {
            if (absent) {
                if (component.getName().startsWith("end_")) return 0;
                throw Errors.typeError("required field \"%s\" missing from %s", component.getName(), node);
            }
            return intValue(value);
        }
        if (type == Integer.class) return absent ? null : intValue(value);
        if (type == String.class) {
            if (absent) return null;
            if (!(value instanceof PyStr s)) {
                throw Errors.typeError("AST string must be of type str");
            }
            return s.value();
        }
        if (type == List.class) {
            if (absent) return new ArrayList<>();
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return listField(node, component.getName(), value, (Class<?>) element);
        }
        if (type == Object.class) {
            // a constant's value may be None; only a missing attribute is an error
            if (value == null) throw Errors.typeError("required field \"%s\" missing from %s", component.getName(), node);
            return constant(value);
        }
        if (absent) return null;
        return single(value, type);
    }

    private static List<Object> listField(String node, String field, Object value, Class<?> element) {
        if (!(value instanceof PyList list)) {
            throw Errors.typeError("%s field \"%s\" must be a list, not a %s", node, field, Abstract.typeName(value));
        }
        List<Object> out = new ArrayList<>();
        for (Object item : list.toArray()) {
            boolean absent = item == PyNone.NONE;
            if (element == String.class) {
                out.add(absent ? null : ((PyStr) Abstract.str(item)).value());
            } else {
                out.add(absent ? null : single(item, element));
            }
        }
        return out;
    }

    private static Object single(Object value, Class<?> type) {
        if (type.isEnum()) {
            for (PyType cls : Abstract.typeOf(value).mro()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(cls.name())) return constant;
                }
            }
            throw Errors.typeError("expected some sort of %s, but got %s", enumFamily(type), Abstract.repr(value).value());
        }
        if (type == Object.class) return constant(value);
        return toRecord(value, type);
    }

    private static String enumFamily(Class<?> type) {
        if (type == Ast.ExprContext.class) return "expr_context";
        if (type == Ast.BoolOpType.class) return "boolop";
        if (type == Ast.OperatorType.class) return "operator";
        if (type == Ast.UnaryOpType.class) return "unaryop";
        return "cmpop";
    }

    private static int intValue(Object value) {
        if (!(value instanceof PyInt i)) throw Errors.typeError("invalid integer value: %s", Abstract.repr(value).value());
        return (int) i.longValue();
    }

    /** A Python constant as the parser represents it (see {@link Ast}). */
    private static Object constant(Object value) {
        return switch (value) {
            case PyNone n -> Ast.NONE;
            case PyEllipsis e -> Ast.ELLIPSIS;
            case PyBool b -> b == PyBool.TRUE;
            case PyInt i -> Ast.intValue(i.bigValue());
            case PyFloat f -> f.value;
            case PyStr s -> s.value();
            case PyBytes b -> new Ast.Bytes(b.toByteArray());
            case PyComplex z when z.real == 0.0 && 1 / z.real > 0 -> new Ast.Imaginary(z.imag);
            default -> throw Errors.typeError("got an invalid type in Constant: %s", Abstract.typeName(value));
        };
    }
}
