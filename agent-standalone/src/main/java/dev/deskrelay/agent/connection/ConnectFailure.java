package dev.deskrelay.agent.connection;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;

import org.glassfish.tyrus.client.exception.DeploymentHandshakeException;
import org.glassfish.tyrus.core.HandshakeException;

/**
 * Why a connection to the relay could not be opened, in words for the person at the computer: a
 * relay that answered but refused the upgrade is reachable, so it must not be called unreachable.
 */
final class ConnectFailure {

    private static final int NOT_FOUND = 404;

    private ConnectFailure() {
    }

    static String describe(URI endpoint, Throwable failure) {
        String server = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        Optional<Integer> status = httpStatus(failure);
        if (status.isPresent() && status.get() == NOT_FOUND) {
            return "the relay at " + server + " answered, but " + endpoint.getRawPath()
                    + " there is not a DeskRelay agent endpoint (HTTP 404): check the path in the relay URL";
        }
        if (status.isPresent()) {
            return "the relay at " + server + " answered HTTP " + status.get() + " instead of accepting the agent at "
                    + endpoint;
        }
        if (causes(failure, UnresolvedAddressException.class) || causes(failure, UnknownHostException.class)) {
            return "the host name '" + endpoint.getHost() + "' could not be resolved: check the relay URL";
        }
        return "the relay is not reachable at " + endpoint + " (" + LogText.rootCause(failure) + ")";
    }

    private static Optional<Integer> httpStatus(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeploymentHandshakeException handshake && handshake.getHttpStatusCode() > 0) {
                return Optional.of(handshake.getHttpStatusCode());
            }
            if (cause instanceof HandshakeException handshake && handshake.getHttpStatusCode() > 0) {
                return Optional.of(handshake.getHttpStatusCode());
            }
        }
        return Optional.empty();
    }

    private static boolean causes(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
