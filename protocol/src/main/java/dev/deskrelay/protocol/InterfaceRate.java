package dev.deskrelay.protocol;

/** A network interface's traffic since the previous sample, in bytes per second. */
public record InterfaceRate(String name, double rx, double tx) {

    public InterfaceRate {
        Require.text(name, "network[].name", Limits.MAX_NAME_LENGTH);
    }
}
