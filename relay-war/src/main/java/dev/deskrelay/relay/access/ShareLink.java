package dev.deskrelay.relay.access;

import dev.deskrelay.relay.pairing.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A read-only link to one device's live view, until it expires or is revoked. */
@Entity
@Table(name = "SHARE_LINKS")
public class ShareLink {

    @Id
    private String id;
    @Column(name = "DEVICE_ID", nullable = false)
    private String deviceId;
    @Column(nullable = false, length = 64)
    private String secretHash;
    private String createdBy;
    private long createdAt;
    private long expiresAt;

    protected ShareLink() {
    }

    ShareLink(String id, String deviceId, String secretHash, String createdBy, long now, long expiresAt) {
        this.id = id;
        this.deviceId = deviceId;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String id() {
        return id;
    }

    public String deviceId() {
        return deviceId;
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

    boolean opens(String secret, long now) {
        return now < expiresAt && Secrets.matches(secret, secretHash);
    }
}
