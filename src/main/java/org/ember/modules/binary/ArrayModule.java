package org.ember.modules.binary;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * The {@code array} module: the {@link PyArray} type ({@code array.array}, also {@code ArrayType}),
 * {@code typecodes} and {@code _array_reconstructor} (the pickling path of protocol 3 and later).
 */
public final class ArrayModule {
    private ArrayModule() {}

    /** One JVM-wide function: __reduce_ex__ hands it out without importing the module. */
    static final org.ember.runtime.PyBuiltinFunction RECONSTRUCTOR = new org.ember.runtime.PyBuiltinFunction(
            ArgSpec.positional("_array_reconstructor", 4, 4), (self, a) -> reconstruct(a[0], a[1], a[2], a[3]));

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("array");
        Defs.set(m, "array", PyArray.TYPE);
        Defs.set(m, "ArrayType", PyArray.TYPE);
        Defs.set(m, "typecodes", new PyStr(PyArray.TYPECODES));
        Defs.set(m, "_array_reconstructor", RECONSTRUCTOR);
        registerAsMutableSequence(interp);
        return m;
    }

    /** As CPython's module init: {@code collections.abc.MutableSequence.register(array)}. */
    private static void registerAsMutableSequence(Interpreter interp) {
        Object abc = org.ember.interp.Importer.importModule(interp, new PyStr("_collections_abc"), null, null, null);
        Object mutableSequence = Abstract.getAttr(abc, "MutableSequence");
        Abstract.call(Abstract.getAttr(mutableSequence, "register"), PyArray.TYPE);
    }

    /**
     * {@code _array_reconstructor(arraytype, typecode, mformat_code, items)}: an array from bytes in
     * a machine format. Ember writes (and so mostly reads) the little-endian formats of x86-64.
     */
    private static Object reconstruct(Object typeArg, Object codeArg, Object formatArg, Object itemsArg) {
        if (!(typeArg instanceof PyType type)) {
            throw Errors.typeError("first argument must be a type object, not %s", Abstract.typeName(typeArg));
        }
        if (!type.isSubtype(PyArray.TYPE)) throw Errors.typeError("%s is not a subtype of array.array", type.name());
        if (!(Abstract.builtinPart(codeArg) instanceof PyStr codeStr) || codeStr.value().codePointCount(0, codeStr.value().length()) != 1) {
            throw Errors.typeError("_array_reconstructor() argument 2 must be a unicode character, not %s", Abstract.typeName(codeArg));
        }
        char code = codeStr.value().charAt(0);
        if (PyArray.TYPECODES.indexOf(code) < 0) {
            throw Errors.valueError("second argument must be a valid type code");
        }
        int format = Defs.intArg(formatArg);
        if (format < 0 || format > 21) throw Errors.valueError("third argument must be a valid machine format code.");
        if (!(Abstract.builtinPart(itemsArg) instanceof PyBytes items)) {
            throw Errors.typeError("fourth argument should be bytes, not %s", Abstract.typeName(itemsArg));
        }
        MachineFormat mf = MachineFormat.of(format);
        byte[] data = items.value;
        if (data.length % mf.size != 0) throw Errors.valueError("bytes length not a multiple of item size");
        if (mf.size == PyArray.itemSize(code) && mf.littleEndian && mf.kind == MachineFormat.kindOf(code)) {
            PyArray a = new PyArray(code);
            a.frombytes(data);
            return type.wrap(a);
        }
        // another machine's layout: decode each item, then store it in an array whose items have
        // that layout's size and signedness (CPython picks the typecode that way for integers)
        if (mf.kind == 'i') code = integerCodeFor(mf);
        PyArray a = new PyArray(code);
        int n = data.length / mf.size;
        PyList values = new PyList();
        if (mf.kind == 'u' && mf.size == 2) {
            // UTF-16: a surrogate pair is one character, not two items
            StringBuilder units = new StringBuilder(n);
            for (int i = 0; i < n; i++) units.append((char) mf.decodeBits(data, i * mf.size));
            units.codePoints().forEach(cp -> values.append(new PyStr(Character.toString(cp))));
        } else {
            for (int i = 0; i < n; i++) values.append(mf.decode(data, i * mf.size));
        }
        a.extendFrom(values);
        return type.wrap(a);
    }

    private static char integerCodeFor(MachineFormat mf) {
        for (char c : "bBhHiIlLqQ".toCharArray()) {
            if (PyArray.itemSize(c) == mf.size && Character.isLowerCase(c) == mf.signed) return c;
        }
        throw Errors.valueError("third argument must be a valid machine format code.");
    }

    /** CPython's machine format codes (enum machine_format_code in arraymodule.c). */
    record MachineFormat(int size, boolean littleEndian, boolean signed, char kind) {
        static MachineFormat of(int code) {
            return switch (code) {
                case 0 -> new MachineFormat(1, true, false, 'i');
                case 1 -> new MachineFormat(1, true, true, 'i');
                case 2, 3 -> new MachineFormat(2, code == 2, false, 'i');
                case 4, 5 -> new MachineFormat(2, code == 4, true, 'i');
                case 6, 7 -> new MachineFormat(4, code == 6, false, 'i');
                case 8, 9 -> new MachineFormat(4, code == 8, true, 'i');
                case 10, 11 -> new MachineFormat(8, code == 10, false, 'i');
                case 12, 13 -> new MachineFormat(8, code == 12, true, 'i');
                case 14, 15 -> new MachineFormat(4, code == 14, true, 'f');
                case 16, 17 -> new MachineFormat(8, code == 16, true, 'f');
                case 18, 19 -> new MachineFormat(2, code == 18, false, 'u');
                default -> new MachineFormat(4, code == 20, false, 'u');
            };
        }

        /** 'i' for the integer codes, 'f' for f/d, 'u' for u/w. */
        static char kindOf(char typecode) {
            return typecode == 'f' || typecode == 'd' ? 'f' : typecode == 'u' || typecode == 'w' ? 'u' : 'i';
        }

        /** The machine format code of a typecode on x86-64 Linux. */
        static int codeOf(char typecode) {
            return switch (typecode) {
                case 'b' -> 1;
                case 'B' -> 0;
                case 'h' -> 4;
                case 'H' -> 2;
                case 'i' -> 8;
                case 'I' -> 6;
                case 'l', 'q' -> 12;
                case 'L', 'Q' -> 10;
                case 'f' -> 14;
                case 'd' -> 16;
                default -> 20; // u and w: UTF-32 little-endian
            };
        }

        /** The raw bits of the item at byte {@code at}, in this format's byte order. */
        long decodeBits(byte[] data, int at) {
            long bits = 0;
            for (int k = 0; k < size; k++) {
                int index = littleEndian ? at + k : at + size - 1 - k;
                bits |= (data[index] & 0xFFL) << (8 * k);
            }
            return bits;
        }

        Object decode(byte[] data, int at) {
            long bits = decodeBits(data, at);
            return switch (kind) {
                case 'f' -> new org.ember.runtime.PyFloat(size == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits));
                case 'u' -> new PyStr(Character.toString((int) bits));
                default -> {
                    if (signed) {
                        int shift = 64 - 8 * size;
                        yield PyInt.of((bits << shift) >> shift);
                    }
                    if (size == 8 && bits < 0) yield PyInt.of(new java.math.BigInteger(Long.toUnsignedString(bits)));
                    yield PyInt.of(bits);
                }
            };
        }
    }
}
