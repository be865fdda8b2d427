package org.ember.modules;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyFrozenSet;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PySet;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code _ember_pickle}: Java fast paths for {@code pickle.dumps}/{@code pickle.loads} of plain
 * data (None, bool, int, float, str, bytes, tuple, list, dict, set, frozenset of exactly those
 * types), byte for byte what lib/pickle.py writes (protocols 2-5, protocol-4 framing, memo).
 * Anything else makes the fast path give up (None) before any side effect, and pickle.py does
 * the whole job itself, errors and messages included.
 */
public final class PickleAccel {
    private PickleAccel() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_ember_pickle");
        def(m, ArgSpec.positional("dumps", 2, 2), (self, a) -> dumps(a[0], a[1]));
        def(m, ArgSpec.positional("loads", 1, 1), (self, a) -> loads(a[0]));
        return m;
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    /** Thrown (without a stack trace) when the fast path does not handle the input. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private static final int FRAME_SIZE_TARGET = 64 * 1024, FRAME_SIZE_MIN = 4, BATCH_SIZE = 1000;
    private static final int MAX_DEPTH = 1000; // deeper: pickle.py raises RecursionError

    // ---- dumps

    /** dumps(obj, protocol): the pickle as bytes, or None to leave it to pickle.py. */
    private static Object dumps(Object obj, Object protocolArg) {
        if (!(protocolArg instanceof PyInt p) || protocolArg instanceof PyBool || !p.fitsLong()) return PyNone.NONE;
        long protocol = p.longValue();
        if (protocol < 2 || protocol > 5) return PyNone.NONE;
        try {
            Writer w = new Writer((int) protocol);
            w.raw(new byte[] {(byte) 0x80, (byte) protocol});
            w.save(obj, 0);
            w.write((byte) '.');
            w.commitFrame();
            return new PyBytes(Arrays.copyOf(w.buf, w.len));
        } catch (GiveUp | StackOverflowError e) {
            return PyNone.NONE;
        }
    }

    private static final class Writer {
        final int proto;
        final boolean framing;
        byte[] buf = new byte[256];
        int len;
        int frameStart = -1;
        final IdentityHashMap<Object, Integer> memo = new IdentityHashMap<>();

        Writer(int proto) {
            this.proto = proto;
            this.framing = proto >= 4;
        }

        private void ensure(int extra) {
            if (len + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }

        void raw(byte[] chunk) {
            ensure(chunk.length);
            System.arraycopy(chunk, 0, buf, len, chunk.length);
            len += chunk.length;
        }

        private void openFrame() {
            if (framing && frameStart == -1) {
                frameStart = len;
                ensure(9);
                len += 9; // room for a FRAME header
            }
        }

        void write(byte b) {
            openFrame();
            ensure(1);
            buf[len++] = b;
        }

        void write(byte[] chunk) {
            openFrame();
            raw(chunk);
        }

        void writeU32(long n) {
            openFrame();
            ensure(4);
            for (int i = 0; i < 4; i++) buf[len++] = (byte) (n >>> (8 * i));
        }

        void commitFrame() {
            if (!framing || frameStart == -1) return;
            int length = len - frameStart - 9;
            if (length >= FRAME_SIZE_MIN) {
                buf[frameStart] = (byte) 0x95;
                for (int i = 0; i < 8; i++) buf[frameStart + 1 + i] = (byte) ((long) length >>> (8 * i));
            } else {
                System.arraycopy(buf, frameStart + 9, buf, frameStart, length);
                len -= 9;
            }
            frameStart = -1;
        }

        /** Before each object: a frame that reached the target size is closed (pickle.py's rule). */
        void boundary() {
            if (framing && frameStart != -1 && len - frameStart - 9 >= FRAME_SIZE_TARGET) commitFrame();
        }

        /** A payload of the target size or more goes outside any frame. */
        void writeLarge(byte opcode, byte[] payload) {
            if (payload.length < FRAME_SIZE_TARGET) {
                write(opcode);
                writeU32(payload.length);
                write(payload);
                return;
            }
            commitFrame();
            ensure(5);
            buf[len++] = opcode;
            for (int i = 0; i < 4; i++) buf[len++] = (byte) (payload.length >>> (8 * i));
            raw(payload);
        }

        void memoize(Object obj) {
            int index = memo.size();
            if (proto >= 4) {
                write((byte) 0x94);
            } else if (index < 256) {
                write((byte) 'q');
                write((byte) index);
            } else {
                write((byte) 'r');
                writeU32(index);
            }
            memo.put(obj, index);
        }

        void get(int index) {
            if (index < 256) {
                write((byte) 'h');
                write((byte) index);
            } else {
                write((byte) 'j');
                writeU32(index);
            }
        }

        void save(Object obj, int depth) {
            if (depth > MAX_DEPTH) throw GIVE_UP;
            boundary();
            if (obj == PyNone.NONE) {
                write((byte) 'N');
            } else if (obj instanceof PyBool b) {
                write(b == PyBool.TRUE ? (byte) 0x88 : (byte) 0x89);
            } else if (obj instanceof PyInt i) {
                saveInt(i);
            } else if (obj instanceof PyFloat f) {
                write((byte) 'G');
                long bits = Double.doubleToRawLongBits(f.value);
                openFrame();
                ensure(8);
                for (int k = 7; k >= 0; k--) buf[len++] = (byte) (bits >>> (8 * k));
            } else {
                Integer index = memo.get(obj);
                if (index != null) {
                    get(index);
                    return;
                }
                switch (obj) {
                    case PyStr s -> saveStr(s);
                    case PyBytes b -> saveBytes(b);
                    case PyTuple t -> saveTuple(t, depth);
                    case PyList l -> saveList(l, depth);
                    case PyDict d -> saveDict(d, depth);
                    case PySet s -> saveSet(s, depth);
                    case PyFrozenSet s -> saveFrozenSet(s, depth);
                    default -> throw GIVE_UP;
                }
            }
        }

        private void saveInt(PyInt i) {
            if (i.fitsLong()) {
                long v = i.longValue();
                if (v >= 0 && v <= 0xff) {
                    write((byte) 'K');
                    write((byte) v);
                    return;
                }
                if (v >= 0 && v <= 0xffff) {
                    write((byte) 'M');
                    write((byte) v);
                    write((byte) (v >>> 8));
                    return;
                }
                if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                    write((byte) 'J');
                    writeU32(v);
                    return;
                }
            }
            // LONG1/LONG4: little-endian two's complement, as short as possible
            byte[] bigEndian = i.bigValue().toByteArray();
            byte[] encoded = new byte[bigEndian.length];
            for (int k = 0; k < encoded.length; k++) encoded[k] = bigEndian[encoded.length - 1 - k];
            if (encoded.length < 256) {
                write((byte) 0x8a);
                write((byte) encoded.length);
            } else {
                write((byte) 0x8b);
                writeU32(encoded.length);
            }
            write(encoded);
        }

        private void saveStr(PyStr s) {
            byte[] encoded = utf8(s.value());
            if (encoded.length <= 0xff && proto >= 4) {
                write((byte) 0x8c);
                write((byte) encoded.length);
                write(encoded);
            } else {
                writeLarge((byte) 'X', encoded);
            }
            memoize(s);
        }

        private void saveBytes(PyBytes b) {
            if (proto < 3) throw GIVE_UP; // pickled by reduction (codecs.encode): pickle.py's job
            byte[] data = b.value;
            if (data.length <= 0xff) {
                write((byte) 'C');
                write((byte) data.length);
                write(data);
            } else {
                writeLarge((byte) 'B', data);
            }
            memoize(b);
        }

        private void saveTuple(PyTuple t, int depth) {
            int n = t.size();
            if (n == 0) {
                write((byte) ')');
                return;
            }
            if (n <= 3) {
                for (int k = 0; k < n; k++) save(t.get(k), depth + 1);
                Integer index = memo.get(t);
                if (index != null) { // the tuple contains itself, through a mutable
                    for (int k = 0; k < n; k++) write((byte) '0');
                    get(index);
                } else {
                    write((byte) (0x84 + n));
                    memoize(t);
                }
                return;
            }
            write((byte) '(');
            for (int k = 0; k < n; k++) save(t.get(k), depth + 1);
            Integer index = memo.get(t);
            if (index != null) {
                write((byte) '1');
                get(index);
                return;
            }
            write((byte) 't');
            memoize(t);
        }

        private void saveList(PyList l, int depth) {
            write((byte) ']');
            memoize(l);
            Object[] items = l.toArray();
            if (items.length == 1) {
                save(items[0], depth + 1);
                write((byte) 'a');
            } else if (items.length > 1) {
                batches(items, (byte) 'e', depth);
            }
        }

        private void batches(Object[] items, byte opcode, int depth) {
            for (int start = 0; start < items.length; start += BATCH_SIZE) {
                write((byte) '(');
                int end = Math.min(items.length, start + BATCH_SIZE);
                for (int k = start; k < end; k++) save(items[k], depth + 1);
                write(opcode);
            }
        }

        private void saveDict(PyDict d, int depth) {
            write((byte) '}');
            memoize(d);
            List<Object[]> entries = d.entries();
            if (entries.size() == 1) {
                save(entries.get(0)[0], depth + 1);
                save(entries.get(0)[1], depth + 1);
                write((byte) 's');
                return;
            }
            for (int start = 0; start < entries.size(); start += BATCH_SIZE) {
                write((byte) '(');
                int end = Math.min(entries.size(), start + BATCH_SIZE);
                for (int k = start; k < end; k++) {
                    save(entries.get(k)[0], depth + 1);
                    save(entries.get(k)[1], depth + 1);
                }
                write((byte) 'u');
            }
        }

        private void saveSet(PySet s, int depth) {
            if (proto < 4) throw GIVE_UP;
            write((byte) 0x8f);
            memoize(s);
            Object[] items = elements(s);
            if (items.length > 0) batches(items, (byte) 0x90, depth);
        }

        private void saveFrozenSet(PyFrozenSet s, int depth) {
            if (proto < 4) throw GIVE_UP;
            write((byte) '(');
            for (Object item : elements(s)) save(item, depth + 1);
            Integer index = memo.get(s);
            if (index != null) {
                write((byte) '1');
                get(index);
                return;
            }
            write((byte) 0x91);
            memoize(s);
        }
    }

    private static Object[] elements(Object set) {
        List<Object> items = new ArrayList<>();
        Object it = Abstract.getIter(set);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) items.add(x);
        return items.toArray();
    }

    /** UTF-8 of a string without lone surrogates (those are pickle.py's: 'surrogatepass'). */
    private static byte[] utf8(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
                    k++;
                    continue;
                }
                throw GIVE_UP;
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- loads

    /** loads(data): a 1-tuple holding the object, or None to leave it to pickle.py. */
    private static Object loads(Object data) {
        if (!(data instanceof PyBuffer buffer) || data instanceof PyStr) return PyNone.NONE;
        try {
            return PyTuple.of(new Reader(buffer.toByteArray()).load());
        } catch (GiveUp | PyException | IndexOutOfBoundsException | StackOverflowError e) {
            // anything unusual (an error included): pickle.py reads it again and reports it
            return PyNone.NONE;
        }
    }

    private static final class Reader {
        final byte[] in;
        int pos;
        Object[] stack = new Object[64];
        int sp;
        int[] marks = new int[16];
        int markCount;
        final Map<Long, Object> memo = new HashMap<>();

        Reader(byte[] in) {
            this.in = in;
        }

        private int u8() {
            if (pos >= in.length) throw GIVE_UP;
            return in[pos++] & 0xff;
        }

        private long le(int n) {
            if (pos + n > in.length) throw GIVE_UP;
            long v = 0;
            for (int k = 0; k < n; k++) v |= (long) (in[pos + k] & 0xff) << (8 * k);
            pos += n;
            return v;
        }

        private byte[] bytes(long n) {
            if (n < 0 || pos + n > in.length) throw GIVE_UP;
            byte[] b = Arrays.copyOfRange(in, pos, pos + (int) n);
            pos += (int) n;
            return b;
        }

        private void push(Object o) {
            if (sp == stack.length) stack = Arrays.copyOf(stack, sp * 2);
            stack[sp++] = o;
        }

        private Object pop() {
            if (sp <= (markCount > 0 ? marks[markCount - 1] : 0)) throw GIVE_UP;
            return stack[--sp];
        }

        private Object top() {
            if (sp <= (markCount > 0 ? marks[markCount - 1] : 0)) throw GIVE_UP;
            return stack[sp - 1];
        }

        /** The items since the last MARK, which is removed. */
        private Object[] popMark() {
            if (markCount == 0) throw GIVE_UP;
            int start = marks[--markCount];
            Object[] items = Arrays.copyOfRange(stack, start, sp);
            Arrays.fill(stack, start, sp, null);
            sp = start;
            return items;
        }

        Object load() {
            while (true) {
                int op = u8();
                switch (op) {
                    case 0x80 -> { if (u8() > 5) throw GIVE_UP; }
                    case 0x95 -> { long n = le(8); if (n < 0 || pos + n > in.length) throw GIVE_UP; }
                    case '.' -> {
                        if (markCount != 0) throw GIVE_UP;
                        return pop();
                    }
                    case 'N' -> push(PyNone.NONE);
                    case 0x88 -> push(PyBool.TRUE);
                    case 0x89 -> push(PyBool.FALSE);
                    case 'K' -> push(PyInt.of(u8()));
                    case 'M' -> push(PyInt.of(le(2)));
                    case 'J' -> push(PyInt.of((int) le(4)));
                    case 0x8a -> push(decodeLong(bytes(u8())));
                    case 0x8b -> push(decodeLong(bytes((int) le(4))));
                    case 'G' -> {
                        long bits = 0;
                        for (int k = 0; k < 8; k++) bits = (bits << 8) | u8();
                        push(new PyFloat(Double.longBitsToDouble(bits)));
                    }
                    case 0x8c -> push(new PyStr(utf8Decode(bytes(u8()))));
                    case 'X' -> push(new PyStr(utf8Decode(bytes(le(4)))));
                    case 0x8d -> push(new PyStr(utf8Decode(bytes(le(8)))));
                    case 'C' -> push(new PyBytes(bytes(u8())));
                    case 'B' -> push(new PyBytes(bytes(le(4))));
                    case 0x8e -> push(new PyBytes(bytes(le(8))));
                    case ')' -> push(PyTuple.EMPTY);
                    case 0x85 -> push(PyTuple.of(pop()));
                    case 0x86 -> { Object b = pop(), a = pop(); push(PyTuple.of(a, b)); }
                    case 0x87 -> { Object c = pop(), b = pop(), a = pop(); push(PyTuple.of(a, b, c)); }
                    case 't' -> push(PyTuple.of(popMark()));
                    case '(' -> {
                        if (markCount == marks.length) marks = Arrays.copyOf(marks, markCount * 2);
                        marks[markCount++] = sp;
                    }
                    case ']' -> push(new PyList());
                    case 'a' -> { Object v = pop(); list(top()).append(v); }
                    case 'e' -> { Object[] items = popMark(); PyList l = list(top()); for (Object v : items) l.append(v); }
                    case '}' -> push(new PyDict());
                    case 's' -> { Object v = pop(), k = pop(); dict(top()).setItem(k, v); }
                    case 'u' -> {
                        Object[] items = popMark();
                        if (items.length % 2 != 0) throw GIVE_UP;
                        PyDict d = dict(top());
                        for (int k = 0; k < items.length; k += 2) d.setItem(items[k], items[k + 1]);
                    }
                    case 0x8f -> push(new PySet());
                    case 0x90 -> {
                        Object[] items = popMark();
                        if (!(top() instanceof PySet s)) throw GIVE_UP;
                        for (Object v : items) s.add(v);
                    }
                    case 0x91 -> push(PyFrozenSet.fromIterable(PyList.of(popMark())));
                    case 0x94 -> memo.put((long) memo.size(), top());
                    case 'q' -> memo.put((long) u8(), top());
                    case 'r' -> memo.put(le(4), top());
                    case 'h' -> push(memoGet(u8()));
                    case 'j' -> push(memoGet(le(4)));
                    case '0' -> pop();
                    case '1' -> popMark();
                    case '2' -> push(top());
                    default -> throw GIVE_UP;
                }
            }
        }

        private Object memoGet(long index) {
            Object v = memo.get(index);
            if (v == null) throw GIVE_UP;
            return v;
        }

        private static PyList list(Object o) {
            if (o instanceof PyList l) return l;
            throw GIVE_UP;
        }

        private static PyDict dict(Object o) {
            if (o instanceof PyDict d) return d;
            throw GIVE_UP;
        }

        private static PyInt decodeLong(byte[] littleEndian) {
            if (littleEndian.length == 0) return PyInt.of(0);
            byte[] bigEndian = new byte[littleEndian.length];
            for (int k = 0; k < bigEndian.length; k++) bigEndian[k] = littleEndian[bigEndian.length - 1 - k];
            return PyInt.of(new BigInteger(bigEndian));
        }

        private static String utf8Decode(byte[] data) {
            try {
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(data));
                return chars.toString();
            } catch (CharacterCodingException e) {
                throw GIVE_UP; // surrogates ('surrogatepass') or bad data: pickle.py's
            }
        }
    }
}
