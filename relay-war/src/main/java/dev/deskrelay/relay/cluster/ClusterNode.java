package dev.deskrelay.relay.cluster;

import java.time.Clock;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import com.hazelcast.core.HazelcastInstance;

import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.presence.PresenceWatch;
import dev.deskrelay.relay.routing.DeviceMemory;
import dev.deskrelay.relay.routing.LocalRouter;
import dev.deskrelay.relay.settings.SettingsCheck;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * This relay as a member of the cluster: Payara Micro's own Hazelcast member, found in JNDI, and
 * the {@link GridRouter} on it. Without the grid a clustered relay would serve as an island, its
 * viewers blind to every other node's agents, so it does not start at all.
 */
@ApplicationScoped
class ClusterNode {

    static final String GRID_JNDI_NAME = "payara/Hazelcast";

    @Inject
    LocalRouter local;
    @Inject
    PendingActions actions;
    @Inject
    DeviceMemory memory;
    @Inject
    ClusterMetrics metrics;
    @Inject
    Clock clock;
    @Inject
    PresenceWatch watch;

    private HazelcastInstance grid;
    private GridRouter router;

    /** Whatever stops the join (no grid, a clashing grid config, a listener refused) stops the relay. */
    @PostConstruct
    void join() {
        try {
            grid = (HazelcastInstance) new InitialContext().lookup(GRID_JNDI_NAME);
            router = new GridRouter(grid, local, actions, memory, metrics, clock,
                    actions.timeout(), watch);
            metrics.remotelyWatched(router::remotelyWatched);
        } catch (NamingException e) {
            SettingsCheck.refuseToStart("deskrelay.cluster.enabled is true but Payara's data grid is not at JNDI "
                    + GRID_JNDI_NAME + " (" + e.getClass().getSimpleName() + "); is Hazelcast turned off?");
        } catch (RuntimeException e) {
            SettingsCheck.refuseToStart("deskrelay.cluster.enabled is true but this relay could not join the data grid"
                    + " (" + e + ")");
        }
    }

    GridRouter router() {
        return router;
    }

    /** Joined, with every listener registered; false once the member is shutting down. */
    boolean ready() {
        return router != null && grid.getLifecycleService().isRunning();
    }
}
