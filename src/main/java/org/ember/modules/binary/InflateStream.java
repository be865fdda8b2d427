package org.ember.modules.binary;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.ember.runtime.Errors;

/**
 * One decompression stream over java.util.zip's Inflater, with the containers zlib's wbits
 * select: raw deflate, the zlib wrapper, gzip (whose header and trailer are parsed here: the
 * JDK's Inflater only knows the first two) or automatic zlib/gzip detection. Input arrives in
 * pieces; output can be capped per call ({@code max_length}), leaving an unconsumed tail.
 */
final class InflateStream {

    enum Container { RAW, ZLIB, GZIP, AUTO }

    private enum State { HEADER, BODY, TRAILER, DONE }

    private final Container requested;
    private final int windowBits;
    private final byte[] zdict;
    private Inflater inflater;
    private State state;
    /** Bytes collected while a gzip header or trailer is incomplete. */
    private byte[] pending = new byte[0];
    private final CRC32 crc = new CRC32();
    private long bodyLength;
    private boolean gzip;

    /** Input left over by the last call because the output cap was reached. */
    byte[] unconsumedTail = new byte[0];
    /** Input found after the end of the compressed stream (accumulates). */
    byte[] unusedData = new byte[0];

    InflateStream(Container container, int windowBits, byte[] zdict) {
        this.requested = container;
        this.windowBits = windowBits;
        this.zdict = zdict;
        this.state = container == Container.GZIP || container == Container.AUTO ? State.HEADER : State.BODY;
        if (container == Container.RAW) {
            inflater = new Inflater(true);
            if (zdict != null) inflater.setDictionary(zdict);
        } else if (container == Container.ZLIB) {
            inflater = new Inflater(false);
        }
    }

    boolean eof() {
        return state == State.DONE;
    }

    /**
     * Decompresses {@code input}; at most {@code maxLength} bytes are returned when it is positive,
     * the input not yet consumed then being left in {@link #unconsumedTail}.
     */
    byte[] inflate(byte[] input, int maxLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        unconsumedTail = new byte[0];
        if (state == State.DONE) {
            unusedData = concat(unusedData, input);
            return out.toByteArray();
        }
        byte[] data = input;
        while (true) {
            switch (state) {
                case HEADER -> {
                    pending = concat(pending, data);
                    data = new byte[0];
                    int bodyStart = parseHeader();
                    if (bodyStart < 0) return out.toByteArray();
                    data = Arrays.copyOfRange(pending, bodyStart, pending.length);
                    pending = new byte[0];
                    state = State.BODY;
                }
                case BODY -> {
                    data = inflateBody(data, maxLength, out);
                    if (state == State.BODY) {
                        unconsumedTail = data;
                        return out.toByteArray();
                    }
                }
                case TRAILER -> {
                    pending = concat(pending, data);
                    if (pending.length < 8) return out.toByteArray();
                    checkTrailer();
                    unusedData = concat(unusedData, Arrays.copyOfRange(pending, 8, pending.length));
                    pending = new byte[0];
                    state = State.DONE;
                    return out.toByteArray();
                }
                case DONE -> {
                    unusedData = concat(unusedData, data);
                    return out.toByteArray();
                }
            }
        }
    }

    /** Runs the Inflater over data; returns the input it did not consume. */
    private byte[] inflateBody(byte[] data, int maxLength, ByteArrayOutputStream out) {
        if (inflater == null) return data;
        checkWindow(data);
        inflater.setInput(data);
        byte[] buffer = new byte[16384];
        try {
            while (true) {
                int room = buffer.length;
                if (maxLength > 0) room = Math.min(room, maxLength - out.size());
                if (room == 0) break;
                int n = inflater.inflate(buffer, 0, room);
                out.write(buffer, 0, n);
                if (gzip) {
                    crc.update(buffer, 0, n);
                    bodyLength += n;
                }
                if (inflater.finished()) break;
                if (inflater.needsDictionary()) {
                    if (zdict == null) throw decompressError(2, null);
                    inflater.setDictionary(zdict);
                    continue;
                }
                if (n == 0 && inflater.needsInput()) break;
            }
        } catch (DataFormatException e) {
            throw decompressError(-3, e.getMessage() == null ? "invalid data" : e.getMessage());
        } catch (IllegalArgumentException e) {
            // the dictionary does not match the one the stream was made with
            throw decompressError(-3, "invalid dictionary");
        }
        int remaining = inflater.getRemaining();
        byte[] rest = Arrays.copyOfRange(data, data.length - remaining, data.length);
        if (inflater.finished()) {
            inflater.end();
            inflater = null;
            state = gzip ? State.TRAILER : State.DONE;
            if (state == State.DONE) {
                unusedData = concat(unusedData, rest);
                return new byte[0];
            }
        }
        return rest;
    }

    /** The zlib header's window must fit the wbits asked for (zlib's "invalid window size"). */
    private void checkWindow(byte[] data) {
        if (requested != Container.ZLIB || windowBits == 0 || inflater.getBytesRead() > 0 || data.length < 2) return;
        int cmf = data[0] & 0xFF, flg = data[1] & 0xFF;
        if (((cmf << 8) | flg) % 31 != 0 || (cmf & 0x0F) != 8) return; // zlib reports those itself
        if ((cmf >> 4) + 8 > windowBits) throw decompressError(-3, "invalid window size");
    }

    /** Parses the gzip (or, in AUTO mode, zlib) header in {@link #pending}: the body's start, or -1 if incomplete. */
    private int parseHeader() {
        byte[] h = pending;
        if (requested == Container.AUTO && !gzip) {
            if (h.length < 2) return -1;
            if ((h[0] & 0xFF) != 0x1f || (h[1] & 0xFF) != 0x8b) {
                inflater = new Inflater(false);
                return 0;
            }
        }
        if (h.length >= 1 && (h[0] & 0xFF) != 0x1f) throw decompressError(-3, "incorrect header check");
        if (h.length >= 2 && (h[1] & 0xFF) != 0x8b) throw decompressError(-3, "incorrect header check");
        if (h.length < 10) return -1;
        if (h[2] != 8) throw decompressError(-3, "unknown compression method");
        int flags = h[3] & 0xFF;
        if ((flags & 0xE0) != 0) throw decompressError(-3, "unknown header flags set");
        int at = 10;
        if ((flags & 4) != 0) { // FEXTRA
            if (h.length < at + 2) return -1;
            at += 2 + ((h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8);
            if (h.length < at) return -1;
        }
        for (int flag : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & flag) == 0) continue;
            while (at < h.length && h[at] != 0) at++;
            if (at >= h.length) return -1;
            at++;
        }
        if ((flags & 2) != 0) { // FHCRC
            at += 2;
            if (h.length < at) return -1;
        }
        gzip = true;
        inflater = new Inflater(true);
        return at;
    }

    private void checkTrailer() {
        long storedCrc = littleEndian32(pending, 0), storedLength = littleEndian32(pending, 4);
        if (storedCrc != crc.getValue()) throw decompressError(-3, "incorrect data check");
        if (storedLength != (bodyLength & 0xFFFFFFFFL)) throw decompressError(-3, "incorrect length check");
    }

    private static long littleEndian32(byte[] b, int at) {
        return Blake2Engine.littleEndian32(b, at) & 0xFFFFFFFFL;
    }

    void end() {
        if (inflater != null) inflater.end();
    }

    static org.ember.runtime.PyException decompressError(int code, String message) {
        if (message == null) return Errors.of(Zlib.ERROR, "Error %d while decompressing data", code);
        return Errors.of(Zlib.ERROR, "Error %d while decompressing data: %s", code, message);
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) return b;
        if (b.length == 0) return a;
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
