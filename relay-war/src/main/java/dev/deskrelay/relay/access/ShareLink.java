package dev.deskrelay.relay.access;

import dev.deskrelay.relay.pairing.ExpiringSecret;
import dev.deskrelay.relay.pairing.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A read-only link to one device's live view, until it expires or is revoked. */
@Entity
@Table(name = "SHARE_LINKS")
public class ShareLink extends ExpiringSecret {

    @Column(name = "DEVICE_ID", nullable = false)
    private String deviceId;
    @Column(nullable = false, length = 64)
    private String secretHash;

    protected ShareLink() {
    }

    ShareLink(String id, String deviceId, String secretHash, String createdBy, long now, long expiresAt) {
        super(id, createdBy, now, expiresAt);
        this.deviceId = deviceId;
        this.secretHash = secretHash;
    }

    public String deviceId() {
        return deviceId;
    }

    boolean opens(String secret, long now) {
        return liveAt(now) && Secrets.matches(secret, secretHash);
    }
}
