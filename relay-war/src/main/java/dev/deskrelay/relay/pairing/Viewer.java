package dev.deskrelay.relay.pairing;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A browser's identity: one token, and the devices it was granted by pairing codes. */
@Entity
@Table(name = "VIEWERS")
public class Viewer {

    @Id
    private String id;
    @Column(nullable = false, length = 64)
    private String tokenHash;
    private long createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "GRANTS", joinColumns = @JoinColumn(name = "VIEWER_ID"))
    @Column(name = "DEVICE_ID")
    private Set<String> deviceIds = new HashSet<>();

    protected Viewer() {
    }

    String id() {
        return id;
    }

    boolean hasTokenSecret(String secret) {
        return Secrets.matches(secret, tokenHash);
    }

    void grant(String deviceId) {
        deviceIds.add(deviceId);
    }

    void ungrant(String deviceId) {
        deviceIds.remove(deviceId);
    }

    BrowserGrants grants() {
        return new BrowserGrants(id, Set.copyOf(deviceIds));
    }
}
