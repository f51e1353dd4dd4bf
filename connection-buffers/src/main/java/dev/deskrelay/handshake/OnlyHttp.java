package dev.deskrelay.handshake;

import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.portunif.PUContext;
import org.glassfish.grizzly.portunif.ProtocolFinder;

/**
 * Port unification's only protocol is HTTP, which answers whatever is not HTTP itself, so every
 * connection is handed to it at once. Being the relay's own class, it also makes the deadline
 * fail closed: without connection-buffers.jar Payara finds neither this nor
 * {@link HandshakeDeadline}, falls back to a plain port unification filter with no protocol, and
 * that closes every connection instead of serving without the deadline.
 */
public class OnlyHttp implements ProtocolFinder {

    @Override
    public Result find(PUContext puContext, FilterChainContext ctx) {
        return Result.FOUND;
    }
}
