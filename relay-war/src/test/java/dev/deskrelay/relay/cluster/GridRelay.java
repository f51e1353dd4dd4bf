package dev.deskrelay.relay.cluster;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import com.hazelcast.core.HazelcastInstance;

import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.metrics.NoMetrics;
import dev.deskrelay.relay.presence.PresenceWatch;
import dev.deskrelay.relay.routing.DeviceMemory;
import dev.deskrelay.relay.routing.LocalRouter;
import dev.deskrelay.relay.routing.Router;

/**
 * One relay of a cluster as far as routing goes: a real grid member, and the relay's real
 * pending actions, local router and grid router on it.
 */
final class GridRelay implements AutoCloseable {

    final HazelcastInstance member;
    final PendingActions actions;
    final GridRouter router;
    final Counted traffic = new Counted();
    /** The devices this relay has a (empty) history of. */
    final Set<String> remembered = ConcurrentHashMap.newKeySet();
    /** How often this relay was told to look for devices that went offline on a lost member. */
    final AtomicInteger lookedForOffline = new AtomicInteger();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();

    GridRelay(HazelcastInstance member) {
        this.member = member;
        Router[] late = new Router[1];
        this.actions = new PendingActions(forwardingTo(late), timers, new NoMetrics(), 30);
        DeviceMemory memory = deviceIds -> deviceIds.stream().filter(remembered::contains)
                .<RelayToViewer>map(id -> new RelayToViewer.History(id, List.of())).toList();
        var local = new LocalRouter(new NoMetrics(), actions, memory);
        this.router = new GridRouter(member, local, actions, memory, traffic, Clock.systemUTC(),
                actions.timeout(), new PresenceWatch() {
                    @Override
                    public void online(String deviceId) {
                    }

                    @Override
                    public void offline(String deviceId) {
                    }

                    @Override
                    public void offlineOnALostRelay() {
                        lookedForOffline.incrementAndGet();
                    }
                });
        late[0] = router;
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }

    /** PendingActions needs its router before the router can be made with it. */
    private static Router forwardingTo(Router[] late) {
        return (Router) Proxy.newProxyInstance(Router.class.getClassLoader(), new Class<?>[] {Router.class},
                (self, method, args) -> {
                    try {
                        return method.invoke(late[0], args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static final class Counted implements ClusterTraffic {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger received = new AtomicInteger();

        @Override
        public void sent(int bytes) {
            sent.incrementAndGet();
        }

        @Override
        public void received(int bytes) {
            received.incrementAndGet();
        }
    }
}
