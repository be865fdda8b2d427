package org.ember.bytecode;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.ember.parser.Ast;

/**
 * RawCode to bytes and back, for the on-disk code cache (Ember's marshal). The format is private
 * to one Ember version: {@link #FORMAT_VERSION} goes into every cache file's header and must be
 * bumped whenever this layout or the meaning of the code changes.
 *
 * <p>Constants are tagged: N none, E ellipsis, T/F booleans, I long, J big int (two's-complement
 * bytes), D double (bits), S str, B bytes, X imaginary, C complex, ( tuple, { frozenset,
 * : slice, @ code. Strings are written as UTF-16 units so lone surrogates survive.
 * {@link #read} throws {@link IOException} for anything malformed; it never trusts a length.
 */
public final class CodeSerializer {
    private CodeSerializer() {}

    public static final int FORMAT_VERSION = 1;
    /** Deeper nesting than this (code in code in tuples ...) is treated as corrupt input. */
    private static final int MAX_DEPTH = 2000;

    public static byte[] write(RawCode code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeCode(out, code);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    public static RawCode read(byte[] data, int offset) throws IOException {
        // a ByteBuffer rather than a DataInputStream: a cold JVM reads cached code several times faster so
        ByteBuffer in = ByteBuffer.wrap(data, offset, data.length - offset);
        try {
            RawCode code = readCode(in, 0);
            if (in.hasRemaining()) throw new IOException("trailing data");
            return code;
        } catch (RuntimeException e) {
            throw new IOException("malformed code data", e);
        }
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    private static void writeCode(DataOutputStream out, RawCode c) throws IOException {
        out.writeInt(c.code().length);
        for (char unit : c.code()) out.writeChar(unit);
        out.writeInt(c.consts().length);
        for (Object constant : c.consts()) writeConst(out, constant);
        writeStrings(out, c.names());
        writeStrings(out, c.localsPlusNames());
        writeBytes(out, c.localsPlusKinds());
        out.writeInt(c.argCount());
        out.writeInt(c.posOnlyArgCount());
        out.writeInt(c.kwOnlyArgCount());
        out.writeInt(c.flags());
        writeString(out, c.name());
        writeString(out, c.qualName());
        writeString(out, c.fileName());
        out.writeInt(c.firstLineNo());
        writeBytes(out, c.lineTable());
        writeBytes(out, c.exceptionTable());
        out.writeInt(c.stackSize());
    }

    private static void writeConst(DataOutputStream out, Object c) throws IOException {
        switch (c) {
            case null -> out.writeByte('N');
            case Boolean b -> out.writeByte(b ? 'T' : 'F');
            case Long l -> {
                out.writeByte('I');
                out.writeLong(l);
            }
            case Integer i -> {
                out.writeByte('I');
                out.writeLong(i);
            }
            case BigInteger b -> {
                out.writeByte('J');
                writeBytes(out, b.toByteArray());
            }
            case Double d -> {
                out.writeByte('D');
                out.writeLong(Double.doubleToRawLongBits(d));
            }
            case String s -> {
                out.writeByte('S');
                writeString(out, s);
            }
            case Ast.Bytes b -> {
                out.writeByte('B');
                writeBytes(out, b.value());
            }
            case Ast.Imaginary im -> {
                out.writeByte('X');
                out.writeLong(Double.doubleToRawLongBits(im.imag()));
            }
            case ConstComplex z -> {
                out.writeByte('C');
                out.writeLong(Double.doubleToRawLongBits(z.real()));
                out.writeLong(Double.doubleToRawLongBits(z.imag()));
            }
            case ConstTuple t -> {
                out.writeByte('(');
                writeConsts(out, t.items());
            }
            case ConstFrozenSet s -> {
                out.writeByte('{');
                writeConsts(out, s.items());
            }
            case ConstSlice s -> {
                out.writeByte(':');
                writeConst(out, s.start());
                writeConst(out, s.stop());
                writeConst(out, s.step());
            }
            case RawCode code -> {
                out.writeByte('@');
                writeCode(out, code);
            }
            default -> {
                if (c == Ast.NONE) out.writeByte('N');
                else if (c == Ast.ELLIPSIS) out.writeByte('E');
                else throw new IllegalArgumentException("cannot serialize constant " + c.getClass().getName());
            }
        }
    }

    private static void writeConsts(DataOutputStream out, List<Object> items) throws IOException {
        out.writeInt(items.size());
        for (Object item : items) writeConst(out, item);
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) writeString(out, s);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    private static RawCode readCode(ByteBuffer in, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("nesting too deep");
        char[] code = readChars(in);
        Object[] consts = new Object[length(in)];
        for (int i = 0; i < consts.length; i++) consts[i] = readConst(in, depth + 1);
        List<String> names = readStrings(in);
        List<String> localsPlusNames = readStrings(in);
        byte[] kinds = readBytes(in);
        if (kinds.length != localsPlusNames.size()) throw new IOException("localsplus kinds do not match names");
        int argCount = in.getInt();
        int posOnly = in.getInt();
        int kwOnly = in.getInt();
        int flags = in.getInt();
        String name = readString(in);
        String qualName = readString(in);
        String fileName = readString(in);
        int firstLine = in.getInt();
        byte[] lineTable = readBytes(in);
        byte[] exceptionTable = readBytes(in);
        int stackSize = in.getInt();
        return new RawCode(code, consts, names, localsPlusNames, kinds, argCount, posOnly, kwOnly, flags,
                name, qualName, fileName, firstLine, lineTable, exceptionTable, stackSize);
    }

    private static Object readConst(ByteBuffer in, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("nesting too deep");
        int tag = Byte.toUnsignedInt(in.get());
        return switch (tag) {
            case 'N' -> Ast.NONE;
            case 'E' -> Ast.ELLIPSIS;
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'I' -> in.getLong();
            case 'J' -> {
                byte[] magnitude = readBytes(in);
                if (magnitude.length == 0) throw new IOException("empty big integer");
                yield new BigInteger(magnitude);
            }
            case 'D' -> Double.longBitsToDouble(in.getLong());
            case 'S' -> readString(in);
            case 'B' -> new Ast.Bytes(readBytes(in));
            case 'X' -> new Ast.Imaginary(Double.longBitsToDouble(in.getLong()));
            case 'C' -> new ConstComplex(Double.longBitsToDouble(in.getLong()), Double.longBitsToDouble(in.getLong()));
            case '(' -> new ConstTuple(readConsts(in, depth));
            case '{' -> new ConstFrozenSet(readConsts(in, depth));
            case ':' -> new ConstSlice(readConst(in, depth + 1), readConst(in, depth + 1), readConst(in, depth + 1));
            case '@' -> readCode(in, depth + 1);
            default -> throw new IOException("unknown constant tag " + tag);
        };
    }

    private static List<Object> readConsts(ByteBuffer in, int depth) throws IOException {
        int n = length(in);
        List<Object> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) items.add(readConst(in, depth + 1));
        return items;
    }

    private static List<String> readStrings(ByteBuffer in) throws IOException {
        int n = length(in);
        List<String> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) out.add(readString(in));
        return List.copyOf(out);
    }

    private static String readString(ByteBuffer in) throws IOException {
        return new String(readChars(in));
    }

    /** A count, then that many UTF-16 units. */
    private static char[] readChars(ByteBuffer in) throws IOException {
        int n = length(in);
        if (n > in.remaining() / 2) throw new IOException("truncated");
        char[] chars = new char[n];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * n);
        return chars;
    }

    private static byte[] readBytes(ByteBuffer in) throws IOException {
        int n = length(in);
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    /** A count read from the stream; never more than the bytes left could hold. */
    private static int length(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) throw new IOException("bad length " + n);
        return n;
    }
}
