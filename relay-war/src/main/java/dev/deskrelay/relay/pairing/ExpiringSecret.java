package dev.deskrelay.relay.pairing;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What an invite and a share link have in common: an id that finds the row, who made it and
 * when, and when it stops working. The secret's hash is each one's own column.
 */
@MappedSuperclass
public abstract class ExpiringSecret {

    @Id
    private String id;
    private String createdBy;
    private long createdAt;
    private long expiresAt;

    protected ExpiringSecret() {
    }

    protected ExpiringSecret(String id, String createdBy, long now, long expiresAt) {
        this.id = id;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String id() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public long createdAt() {
        return createdAt;
    }

    public long expiresAt() {
        return expiresAt;
    }

    protected boolean liveAt(long now) {
        return now < expiresAt;
    }
}
