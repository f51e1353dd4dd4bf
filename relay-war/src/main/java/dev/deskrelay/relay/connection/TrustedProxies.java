package dev.deskrelay.relay.connection;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load balancers whose word on a client's address the relay takes. Behind one, every socket
 * comes from the balancer's address, and the limits per address (sockets, wrong pairing codes)
 * would count all clients as one. A connection from a trusted proxy is counted under the address
 * that proxy saw, the last one in {@code X-Forwarded-For} that is not itself a trusted proxy; any
 * earlier entry is the client's own say and is ignored, and from anyone else the header is ignored.
 */
public final class TrustedProxies {

    // A literal the JDK parses without asking DNS: four decimal octets (what else is made of digits
    // and dots, 10.0.0.256 or 1.2.3, it would look up or read its own way), or anything with a
    // colon, which it parses as IPv6 or refuses.
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern LITERAL = Pattern.compile(
            OCTET + "(\\." + OCTET + "){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Set<String> proxies;

    private TrustedProxies(Set<String> proxies) {
        this.proxies = proxies;
    }

    /**
     * @param list IP addresses, comma-separated; empty trusts nobody
     * @throws IllegalArgumentException naming an entry that is not an IP address
     */
    public static TrustedProxies of(String list) {
        var proxies = Arrays.stream(list.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(entry -> normal(entry).orElseThrow(() -> new IllegalArgumentException(
                        "\"" + entry + "\" is not an IP address; list the proxies' addresses, e.g. 10.0.0.5,10.0.0.6")))
                .collect(Collectors.toUnmodifiableSet());
        return new TrustedProxies(proxies);
    }

    /** @return whether a connection from {@code peer} comes through one of the proxies, whose headers count */
    public boolean trusts(String peer) {
        return proxies.contains(normal(peer).orElse(peer));
    }

    /**
     * @param peer the address the connection comes from
     * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
     */
    public String client(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        var hops = new ArrayList<String>();
        forwardedFor.forEach(header -> Arrays.stream(header.split(",")).map(String::strip).forEach(hops::add));
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = normal(hops.get(i));
            if (hop.isEmpty()) {
                return peer; // a proxy we trust wrote something else: count the proxy
            }
            if (!proxies.contains(hop.get())) {
                return hop.get();
            }
        }
        return peer;
    }

    private static Optional<String> normal(String address) {
        if (!LITERAL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
