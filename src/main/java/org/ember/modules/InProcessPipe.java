package org.ember.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * os.pipe() inside the JVM: a 64 KiB buffer (Linux's default pipe size) between a reading and a
 * writing end. A read blocks until there are bytes or the writer closed (end of file); a write
 * blocks while the buffer is full and fails with EPIPE once the reader closed. Both ends tell
 * select/poll whether they would block ({@link Readiness}).
 */
final class InProcessPipe {
    static final int CAPACITY = 65536;

    private final byte[] buffer = new byte[CAPACITY];
    private int start, count;
    private boolean readerOpen = true, writerOpen = true;

    final Source source = new Source();
    final Sink sink = new Sink();

    final class Source implements ReadableByteChannel, Readiness {
        @Override
        public int read(ByteBuffer dst) throws IOException {
            synchronized (InProcessPipe.this) {
                if (!readerOpen) throw new AsynchronousCloseException();
                while (count == 0 && writerOpen) {
                    try {
                        InProcessPipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException();
                    }
                    if (!readerOpen) throw new AsynchronousCloseException();
                }
                if (count == 0) return -1;
                int n = Math.min(count, dst.remaining());
                for (int i = 0; i < n; i++) dst.put(buffer[(start + i) % CAPACITY]);
                start = (start + n) % CAPACITY;
                count -= n;
                InProcessPipe.this.notifyAll();
                return n;
            }
        }

        @Override
        public boolean isOpen() {
            synchronized (InProcessPipe.this) {
                return readerOpen;
            }
        }

        @Override
        public void close() {
            synchronized (InProcessPipe.this) {
                readerOpen = false;
                InProcessPipe.this.notifyAll();
            }
        }

        @Override
        public boolean readable() {
            synchronized (InProcessPipe.this) {
                return count > 0;   // end of file is POLLHUP alone, as Linux reports it
            }
        }

        @Override
        public boolean writable() {
            return false;
        }

        @Override
        public boolean hungUp() {
            synchronized (InProcessPipe.this) {
                return !writerOpen;
            }
        }
    }

    final class Sink implements WritableByteChannel, Readiness {
        @Override
        public int write(ByteBuffer src) throws IOException {
            synchronized (InProcessPipe.this) {
                int written = 0;
                while (src.hasRemaining()) {
                    if (!writerOpen) throw new AsynchronousCloseException();
                    if (!readerOpen) throw new IOException("Broken pipe");
                    if (count == CAPACITY) {
                        try {
                            InProcessPipe.this.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new java.io.InterruptedIOException();
                        }
                        continue;
                    }
                    int n = Math.min(CAPACITY - count, src.remaining());
                    for (int i = 0; i < n; i++) buffer[(start + count + i) % CAPACITY] = src.get();
                    count += n;
                    written += n;
                    InProcessPipe.this.notifyAll();
                }
                return written;
            }
        }

        @Override
        public boolean isOpen() {
            synchronized (InProcessPipe.this) {
                return writerOpen;
            }
        }

        @Override
        public void close() {
            synchronized (InProcessPipe.this) {
                writerOpen = false;
                InProcessPipe.this.notifyAll();
            }
        }

        @Override
        public boolean readable() {
            return false;
        }

        @Override
        public boolean writable() {
            synchronized (InProcessPipe.this) {
                return count < CAPACITY || !readerOpen;
            }
        }

        @Override
        public boolean hungUp() {
            synchronized (InProcessPipe.this) {
                return !readerOpen;
            }
        }
    }
}
