package dev.deskrelay.relay.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback that can freeze the connections it carries: they stay open but pass
 * nothing either way, as a relay behind a dead NAT or a pulled cable looks. Connections made
 * after the freeze pass normally, so a client that notices can reconnect.
 */
final class FreezingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final List<Link> links = new CopyOnWriteArrayList<>();

    private FreezingProxy(int targetPort) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        Thread acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static FreezingProxy to(int targetPort) {
        try {
            return new FreezingProxy(targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** The relay's base URL as seen through this proxy. */
    URL base() {
        try {
            return new URL("http://127.0.0.1:" + port() + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    int connectionsMade() {
        return links.size();
    }

    /** Every connection open now stops passing bytes, without closing. */
    void freezeOpenConnections() {
        links.forEach(link -> link.frozen = true);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                var link = new Link(client, target);
                links.add(link);
                pump(link, client, target);
                pump(link, target, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(Link link, Socket from, Socket to) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (!link.frozen) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException ended) {
                // one side went away; the other notices on its own
            }
        }, "proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static final class Link {
        final Socket client;
        final Socket target;
        volatile boolean frozen;

        Link(Socket client, Socket target) {
            this.client = client;
            this.target = target;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Link link : links) {
            link.client.close();
            link.target.close();
        }
    }
}
