package io.segmentation.examples;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A "slowloris" client: it sends the start of a request and then one more byte of a header every 200 ms, never
 * finishing, so a server that reads requests with blocking reads keeps a thread waiting on it.
 */
final class SlowClient implements AutoCloseable {

    private final Socket socket;
    private final Thread dribble;
    private final CountDownLatch started = new CountDownLatch(1);

    private SlowClient(Socket socket) {
        this.socket = socket;
        this.dribble = new Thread(this::dribble, "slow-client");
        this.dribble.setDaemon(true);
    }

    /** Connects and starts sending. */
    static SlowClient connect(URI server) throws IOException {
        SlowClient client = new SlowClient(new Socket(server.getHost(), server.getPort()));
        client.dribble.start();
        return client;
    }

    private void dribble() {
        try {
            OutputStream out = socket.getOutputStream();
            out.write("GET /customers/anna/segments HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(ISO_8859_1));
            out.flush();
            started.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(200);
                out.write('a');
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // closed by the server or by close(): the client stops
        } finally {
            started.countDown();
        }
    }

    /**
     * Waits until the first bytes are sent, then half a second more for the server's dispatcher to hand the
     * connection to a worker thread.
     */
    void awaitStarted() throws InterruptedException {
        started.await(5, TimeUnit.SECONDS);
        Thread.sleep(500);
    }

    /** Whether the server closes the connection within the request time limit and a few seconds more. */
    boolean closedByServer() throws IOException {
        socket.setSoTimeout((JdkHttpServerSettings.MAX_REQUEST_SECONDS + 5) * 1000);
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset: the server closed with unread data
        }
    }

    @Override
    public void close() throws IOException {
        dribble.interrupt();
        socket.close();
    }
}
