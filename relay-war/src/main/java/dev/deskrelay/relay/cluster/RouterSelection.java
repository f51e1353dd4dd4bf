package dev.deskrelay.relay.cluster;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.relay.routing.LocalRouter;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The relay's {@link Router}: the {@link LocalRouter} alone, unless {@code deskrelay.cluster.enabled};
 * then the {@link GridRouter}, made while the relay deploys, so a relay that cannot join the grid
 * never starts. Alone, only this and {@link ClusterReadiness} are made: no {@link ClusterNode}, nothing on the grid.
 */
@ApplicationScoped
public class RouterSelection {

    @Inject
    @ConfigProperty(name = "deskrelay.cluster.enabled", defaultValue = "false")
    boolean clustered;
    @Inject
    LocalRouter local;
    @Inject
    Instance<ClusterNode> node;

    @Produces
    @ApplicationScoped
    Router router() {
        return clustered ? node.get().router() : local;
    }

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (clustered) {
            node.get().router();
        }
    }

    /** Whether this relay serves: alone it always does; in a cluster, once it joined the grid. */
    boolean ready() {
        return !clustered || node.get().ready();
    }
}
