package dev.deskrelay.relay.pairing;

/** A new device's credential, handed to its agent once and never again. */
public record EnrolledDevice(Device device, String secret) {

    @Override
    public String toString() {
        return "EnrolledDevice[id=" + device.id() + "]";
    }
}
