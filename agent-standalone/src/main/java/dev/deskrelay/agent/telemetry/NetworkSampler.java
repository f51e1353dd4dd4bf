package dev.deskrelay.agent.telemetry;

import java.net.SocketException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.deskrelay.protocol.InterfaceRate;
import dev.deskrelay.protocol.Sample;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.hardware.NetworkIF.IfOperStatus;

/**
 * Bytes per second each network interface received and sent since the previous sample, from its
 * byte counters. Loopback and interfaces that are down are left out.
 */
final class NetworkSampler {

    private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final Set<IfOperStatus> DOWN =
            Set.of(IfOperStatus.DOWN, IfOperStatus.LOWER_LAYER_DOWN, IfOperStatus.NOT_PRESENT);

    private final HardwareAbstractionLayer hardware;
    private final Map<String, Reading> previous = new HashMap<>();
    private List<NetworkIF> interfaces = List.of();
    private long listedAt;

    NetworkSampler(HardwareAbstractionLayer hardware) {
        this.hardware = hardware;
        list();
        sample(); // the baseline, so the first rates cover the time since construction
    }

    /** @return one rate per interface that was also there at the previous sample, at most {@link Sample#MAX_LIST} */
    List<InterfaceRate> sample() {
        if (System.nanoTime() - listedAt >= REFRESH_NANOS) {
            list();
        }
        List<InterfaceRate> rates = new ArrayList<>(interfaces.size());
        for (NetworkIF networkIf : interfaces) {
            if (!networkIf.updateAttributes()) {
                continue; // gone since it was listed
            }
            Reading now = new Reading(networkIf.getBytesRecv(), networkIf.getBytesSent(), networkIf.getTimeStamp());
            Reading before = previous.put(networkIf.getName(), now);
            if (before != null && !DOWN.contains(networkIf.getIfOperStatus()) && rates.size() < Sample.MAX_LIST) {
                long elapsed = now.atMillis() - before.atMillis();
                rates.add(new InterfaceRate(networkIf.getName(),
                        CounterRate.perSecond(before.received(), now.received(), elapsed),
                        CounterRate.perSecond(before.sent(), now.sent(), elapsed)));
            }
        }
        return rates;
    }

    /** Interfaces come and go (VPNs, docks, containers); readings are kept by name across listings. */
    private void list() {
        // true: OSHI's own filter would also drop interfaces without a hardware address, such as VPN tunnels
        interfaces = hardware.getNetworkIFs(true).stream().filter(networkIf -> !isLoopback(networkIf)).toList();
        previous.keySet().retainAll(interfaces.stream().map(NetworkIF::getName).toList());
        listedAt = System.nanoTime();
    }

    private static boolean isLoopback(NetworkIF networkIf) {
        try {
            return networkIf.queryNetworkInterface().isLoopback();
        } catch (SocketException e) {
            // its flags can't be read because it just went away: nothing to report either way
            return true;
        }
    }

    private record Reading(long received, long sent, long atMillis) {
    }
}
