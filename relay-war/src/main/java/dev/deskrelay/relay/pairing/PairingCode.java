package dev.deskrelay.relay.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A code waiting to be typed in, stored by its hash. */
@Entity
// issuing a code deletes the device's old one, and a sweep deletes the expired ones: without these, both scan the table
@Table(name = "PAIRING_CODES", indexes = {@Index(columnList = "deviceId"), @Index(columnList = "expiresAt")})
public class PairingCode {

    @Id
    @Column(length = 64)
    private String codeHash;
    @Column(nullable = false)
    private String deviceId;
    private long expiresAt;

    protected PairingCode() {
    }

    PairingCode(String codeHash, String deviceId, long expiresAt) {
        this.codeHash = codeHash;
        this.deviceId = deviceId;
        this.expiresAt = expiresAt;
    }

    String codeHash() {
        return codeHash;
    }

    String deviceId() {
        return deviceId;
    }

    boolean expiredAt(long now) {
        return now >= expiresAt;
    }
}
