package dev.deskrelay.relay.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An authenticated viewer and what it may do with each device it holds; nothing else is ever
 * routed to or from it. The viewer id is an account's id, a share link's, or a browser identity's
 * from before accounts; tabs of one viewer share it, so routing reaches them all at once.
 *
 * @param who the viewer as people read it in the audit log: a user name, or what the link or token is
 */
public record ViewerAccess(String viewerId, Kind kind, String who, Map<String, Role> roles) {

    /** What authenticated the viewer, which decides what else it may do besides its roles. */
    public enum Kind {
        /** A signed-in person or their API token: pairs, shares, leaves devices. */
        ACCOUNT,
        /** A read-only link to one device: nothing but watching. */
        LINK,
        /** A browser token from before accounts: pairs and leaves as it always did, until moved into an account. */
        BROWSER
    }

    public ViewerAccess {
        roles = Map.copyOf(roles);
    }

    public Set<String> deviceIds() {
        return roles.keySet();
    }

    public boolean mayReach(String deviceId) {
        return roles.containsKey(deviceId);
    }

    public boolean mayAct(String deviceId) {
        Role role = roles.get(deviceId);
        return role != null && role.mayAct();
    }

    /** The role on a device this viewer holds; null for one it doesn't. */
    public Role role(String deviceId) {
        return roles.get(deviceId);
    }

    public ViewerAccess with(String deviceId, Role role) {
        var changed = new HashMap<>(roles);
        changed.put(deviceId, role);
        return new ViewerAccess(viewerId, kind, who, changed);
    }

    public ViewerAccess without(String deviceId) {
        var changed = new HashMap<>(roles);
        changed.remove(deviceId);
        return new ViewerAccess(viewerId, kind, who, changed);
    }
}
