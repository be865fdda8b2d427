package org.ember.modules.re;

import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;

/**
 * The string a pattern runs over, seen as code points (a str) or bytes (a bytes-like object),
 * so that one matcher serves both kinds of pattern.
 */
abstract class Subject {
    abstract int length();

    abstract int at(int i);

    /** Characters [start, end) as an object of the subject's own kind. */
    abstract PyObject slice(int start, int end);

    /** The original object. */
    abstract PyObject object();

    /** The first i in [from, end - prefix.length] where prefix occurs, or -1. */
    int indexOf(int[] prefix, int from, int end) {
        int c0 = prefix[0];
        int last = end - prefix.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (at(i) != c0) continue;
            for (int k = 1; k < prefix.length; k++) {
                if (at(i + k) != prefix[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    static final class Str extends Subject {
        final PyStr str;
        final PyObject original;

        Str(PyStr str, PyObject original) {
            this.str = str;
            this.original = original;
        }

        @Override int length() { return str.length(); }

        @Override int at(int i) { return str.codePointAt(i); }

        @Override PyObject slice(int start, int end) { return str.substring(start, end); }

        @Override PyObject object() { return original; }

        /** Without surrogate pairs, code points are chars: String.indexOf is much faster (vectorized). */
        @Override int indexOf(int[] prefix, int from, int end) {
            String v = str.value();
            if (v.length() != str.length()) return super.indexOf(prefix, from, end);
            String needle = prefixString(prefix);
            int i = v.indexOf(needle, from);
            return i >= 0 && i + needle.length() <= end ? i : -1;
        }

        private int[] cachedPrefix;
        private String cachedNeedle;

        private String prefixString(int[] prefix) {
            if (prefix != cachedPrefix) {
                cachedNeedle = new String(prefix, 0, prefix.length);
                cachedPrefix = prefix;
            }
            return cachedNeedle;
        }
    }

    /** A bytes-like subject (bytes, bytearray, memoryview: a snapshot of its bytes). */
    static final class Bytes extends Subject {
        final byte[] data;
        final PyObject original;

        Bytes(byte[] data, PyObject original) {
            this.data = data;
            this.original = original;
        }

        @Override int length() { return data.length; }

        @Override int at(int i) { return data[i] & 0xff; }

        /** Always bytes, whatever the bytes-like subject was (as CPython's match groups). */
        @Override PyObject slice(int start, int end) {
            return new org.ember.runtime.PyBytes(java.util.Arrays.copyOfRange(data, start, end));
        }

        @Override PyObject object() { return original; }
    }
}
