package dev.deskrelay.relay.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "DEVICES")
public class Device {

    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false, length = 64)
    private String secretHash;
    private long createdAt;
    private long lastSeen;

    protected Device() {
    }

    Device(String id, String name, String secretHash, long now) {
        this.id = id;
        this.name = name;
        this.secretHash = secretHash;
        this.createdAt = now;
        this.lastSeen = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Epoch milliseconds of the last connect or disconnect. */
    public long lastSeen() {
        return lastSeen;
    }

    boolean hasSecret(String secret) {
        return Secrets.matches(secret, secretHash);
    }

    void seenAt(long time) {
        lastSeen = time;
    }
}
