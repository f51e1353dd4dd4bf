package dev.deskrelay.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * The project's HAProxy configuration ({@code payara-config/haproxy.cfg}, as {@code ./run cluster}
 * uses it) made concrete: its front bound to one address and port instead of every interface on
 * {@code DESKRELAY_PORT}, and one {@code server} line a node appended to its backend, at the end.
 */
public final class HaproxyConfig {

    public static final String FILE = "haproxy.cfg";
    private static final String BIND = "bind \":${DESKRELAY_PORT}\"";

    /** A node behind the balancer, named in HAProxy's log when it goes down or up. */
    public record Server(String name, String host, int port) {
    }

    private HaproxyConfig() {
    }

    public static String render(String template, String frontAddress, int frontPort, List<Server> servers) {
        if (!template.contains(BIND)) {
            throw new IllegalStateException(FILE + " no longer binds " + BIND + ": its front can't be put on " + frontAddress);
        }
        var lines = new ArrayList<String>();
        lines.add(template.replace(BIND, "bind " + frontAddress + ":" + frontPort).stripTrailing());
        for (Server server : servers) {
            lines.add("    server " + server.name() + " " + server.host() + ":" + server.port() + " check");
        }
        return String.join("\n", lines) + "\n";
    }
}
