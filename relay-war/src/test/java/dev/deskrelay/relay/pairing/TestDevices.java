package dev.deskrelay.relay.pairing;

/** Devices made without a database, for tests of what uses them. */
public final class TestDevices {

    private TestDevices() {
    }

    public static EnrolledDevice enrolled(String id, String name) {
        String secret = Secrets.newSecret();
        return new EnrolledDevice(new Device(id, name, Secrets.hash(secret), 0), secret);
    }

    public static boolean holds(Device device, String secret) {
        return device.hasSecret(secret);
    }
}
