package dev.deskrelay.relay.routing;

import java.util.Collection;
import java.util.List;

import dev.deskrelay.protocol.RelayToViewer;

/** What this relay remembers of the devices whose agents report to it, for a viewer that starts watching. */
public interface DeviceMemory {

    List<RelayToViewer> known(Collection<String> deviceIds);
}
