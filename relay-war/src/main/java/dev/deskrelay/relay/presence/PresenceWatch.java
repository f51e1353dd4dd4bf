package dev.deskrelay.relay.presence;

/**
 * Told when a device comes online or goes offline, for what waits on that (offline alerts). An
 * interface here, implemented where that is, so presence depends on nothing that watches it.
 */
public interface PresenceWatch {

    /** Its agent connected to this relay. Returns at once: it runs on the agent's socket thread. */
    void online(String deviceId);

    /** Its agent left this relay. Returns at once. */
    void offline(String deviceId);

    /**
     * A cluster member was lost: the devices whose agents it held are offline now, and it took
     * along what it knew of those that had gone offline on it before. Told to one survivor, the
     * oldest member left, once the lost member's claims are removed. Returns at once.
     */
    void offlineOnALostRelay();
}
