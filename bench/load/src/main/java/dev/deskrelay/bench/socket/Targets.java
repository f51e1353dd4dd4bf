package dev.deskrelay.bench.socket;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the sockets go: the same server port on one or more loopback addresses, taken in turn.
 * Linux gives one (source, destination address, destination port) about 28,000 ephemeral ports,
 * and the JDK 17 HttpClient can't bind a source address, so more sockets than that need more
 * destination addresses: 127.0.0.1, 127.0.0.2, ... all reach this machine. Anything that is not
 * loopback is refused: this load is never sent off the machine.
 */
public final class Targets {

    private final List<URI> bases;

    private Targets(List<URI> bases) {
        this.bases = List.copyOf(bases);
    }

    /**
     * @param base      the server's base, e.g. {@code ws://127.0.0.1:8080/}; its host must be loopback
     * @param addresses how many destination addresses to spread over; more than one needs an IPv4
     *                  {@code 127.x.y.1} base host, the next ones being {@code 127.x.y.2} and so on
     */
    public static Targets loopback(URI base, int addresses) {
        if (!"ws".equals(base.getScheme()) || base.getPort() < 0) {
            throw new IllegalArgumentException("the server must be given as ws://host:port/path, not " + base);
        }
        requireLoopback(base.getHost());
        if (addresses < 1 || addresses > 254) {
            throw new IllegalArgumentException("addresses must be 1 to 254");
        }
        String path = base.getPath().isEmpty() ? "/" : base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        var bases = new ArrayList<URI>();
        if (addresses == 1) {
            bases.add(URI.create("ws://" + base.getHost() + ":" + base.getPort() + path));
        } else {
            if (!base.getHost().matches("127\\.\\d{1,3}\\.\\d{1,3}\\.1")) {
                throw new IllegalArgumentException("several addresses need a base host 127.x.y.1, not " + base.getHost());
            }
            String prefix = base.getHost().substring(0, base.getHost().lastIndexOf('.') + 1);
            for (int i = 1; i <= addresses; i++) {
                bases.add(URI.create("ws://" + prefix + i + ":" + base.getPort() + path));
            }
        }
        bases.forEach(uri -> requireLoopback(uri.getHost()));
        return new Targets(bases);
    }

    /** The endpoint for the {@code socket}-th socket of a run: destinations are taken in turn. */
    public URI endpoint(int socket, String path) {
        return bases.get(Math.floorMod(socket, bases.size())).resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public List<String> destinations() {
        return bases.stream().map(URI::getHost).toList();
    }

    public int port() {
        return bases.get(0).getPort();
    }

    static void requireLoopback(String host) {
        try {
            // literal addresses are not looked up; a name must resolve to loopback only
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException(host + " is not a loopback address: the load stays on this machine");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }
}
