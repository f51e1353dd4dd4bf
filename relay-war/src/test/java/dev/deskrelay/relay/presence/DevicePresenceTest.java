package dev.deskrelay.relay.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.pairing.Devices;
import dev.deskrelay.relay.routing.SilentRouter;

class DevicePresenceTest {

    private final List<String> writes = new ArrayList<>();
    private final List<RelayToViewer> announced = new ArrayList<>();
    private final List<String> watched = new ArrayList<>();
    private final DevicePresence presence = new DevicePresence();

    DevicePresenceTest() {
        presence.clock = Clock.fixed(Instant.ofEpochMilli(42), ZoneOffset.UTC);
        presence.router = new SilentRouter() {
            @Override
            public void toViewers(String deviceId, RelayToViewer message) {
                announced.add(message);
            }
        };
        presence.watch = new PresenceWatch() {
            @Override
            public void online(String deviceId) {
                watched.add("online " + deviceId);
            }

            @Override
            public void offline(String deviceId) {
                watched.add("offline " + deviceId);
            }

            @Override
            public void offlineOnALostRelay() {
                watched.add("lost relay");
            }
        };
        presence.devices = new Devices() {
            @Override
            public void seen(String deviceId, long at) {
                writes.add(deviceId);
                throw new IllegalStateException("the connection pool is exhausted");
            }
        };
    }

    @Test
    void aDeviceComingOnlineIsAnnouncedWithoutADatabaseWrite() {
        presence.online("d1");
        assertEquals(List.of(new RelayToViewer.Presence("d1", true, 42)), announced);
        assertEquals(List.of(), writes);
        assertEquals(List.of("online d1"), watched);
    }

    @Test
    void viewersHearOfAnOfflineDeviceEvenWhenItsLastSeenCannotBeWritten() {
        assertThrows(IllegalStateException.class, () -> presence.offline("d1"));
        assertEquals(List.of(new RelayToViewer.Presence("d1", false, 42)), announced);
        assertEquals(List.of("d1"), writes);
        assertEquals(List.of("offline d1"), watched, "offline alerts start their wait whatever the database does");
    }
}
