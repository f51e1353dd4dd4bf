package dev.deskrelay.relay.connection;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Live while the relay still watches its sockets: the sweep that pings and closes silent ones runs
 * on the container's scheduler, and if it stopped, dead sockets would pile up unnoticed.
 */
@Liveness
@ApplicationScoped
public class SweepLiveness implements HealthCheck {

    @Inject
    ConnectionGuard guard;

    @Override
    public HealthCheckResponse call() {
        var sinceSweep = guard.sinceLastSweep();
        return HealthCheckResponse.named("socket-sweep")
                .status(sinceSweep.compareTo(guard.sweepPeriod().multipliedBy(3)) < 0)
                .withData("secondsSinceLastSweep", sinceSweep.toSeconds())
                .build();
    }
}
