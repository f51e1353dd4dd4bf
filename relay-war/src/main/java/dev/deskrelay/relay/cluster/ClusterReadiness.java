package dev.deskrelay.relay.cluster;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A clustered relay is ready once it joined the grid and listens to it, so the balancer sends it nobody before. */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

    @Inject
    RouterSelection selection;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cluster").status(selection.ready()).build();
    }
}
