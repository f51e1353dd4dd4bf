package dev.deskrelay.relay.presence;

/**
 * Told when a device comes online or goes offline, for what waits on that (offline alerts). An
 * interface here, implemented where that is, so presence depends on nothing that watches it.
 */
public interface PresenceWatch {

    /** Its agent connected to this relay. Returns at once: it runs on the agent's socket thread. */
    void online(String deviceId);

    /**
     * Its agent left this relay, or (in a cluster) the relay holding it was lost and this survivor
     * removed its claim. Returns at once.
     */
    void offline(String deviceId);
}
