package dev.deskrelay.relay.access;

/** What an account may do with a device it holds; the wire name is the lower-case name. */
public enum Role {
    /** Sees everything, acts on nothing. */
    VIEWER,
    /** Sees and acts. */
    OPERATOR,
    /** Sees, acts, shares, and alone may remove the device. */
    OWNER;

    public boolean mayAct() {
        return this != VIEWER;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but the three wire names */
    public static Role ofWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no such role: " + name);
    }
}
