package io.tradekit.adapters.postgres.usecases;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/**
 * pgjdbc's {@code socketFactory}: sockets that count network round trips, i.e. how often the client sent bytes
 * and then waited to read the server's answer. A BEGIN that pgjdbc sends in the same flush as the first statement
 * is no round trip of its own; a COMMIT, a validation query or a second statement is one. Counted below the
 * driver, so nothing the driver, the pool or Spring sends is missed.
 */
public final class RoundTripCountingSocketFactory extends SocketFactory {
    static final AtomicInteger ROUND_TRIPS = new AtomicInteger();

    public RoundTripCountingSocketFactory() {
    }

    @Override
    public Socket createSocket() {
        return new CountingSocket();
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("pgjdbc connects the unconnected socket itself");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException("pgjdbc connects the unconnected socket itself");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("pgjdbc connects the unconnected socket itself");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException("pgjdbc connects the unconnected socket itself");
    }

    private static final class CountingSocket extends Socket {
        /** true from a write until the next read: that read waits for the answer, one round trip */
        private volatile boolean sent;
        private InputStream in;
        private OutputStream out;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        answered();
                        return super.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        answered();
                        return super.read(b, off, len);
                    }
                };
            }
            return in;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new FilterOutputStream(super.getOutputStream()) {
                    @Override
                    public void write(int b) throws IOException {
                        sent = true;
                        super.out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        sent = true;
                        super.out.write(b, off, len);
                    }
                };
            }
            return out;
        }

        private void answered() {
            if (sent) {
                sent = false;
                ROUND_TRIPS.incrementAndGet();
            }
        }
    }
}
