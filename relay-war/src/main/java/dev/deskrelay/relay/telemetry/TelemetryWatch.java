package dev.deskrelay.relay.telemetry;

import java.util.List;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.Sample;

/**
 * What watches every report as it arrives (alert rules), called on the routing thread of the node
 * holding the device's agent, one report of a device at a time: it must return at once and, when
 * nothing changes, allocate nothing.
 */
public interface TelemetryWatch {

    /** @param at the relay's receive time, epoch milliseconds */
    void sample(String deviceId, Sample sample, long at);

    void filesystems(String deviceId, List<FilesystemUsage> filesystems, long at);
}
