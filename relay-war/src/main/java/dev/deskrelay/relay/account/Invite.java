package dev.deskrelay.relay.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrator's one-time permission for someone to create an account. */
@Entity
@Table(name = "INVITES")
public class Invite {

    @Id
    private String id;
    @Column(nullable = false, unique = true, length = 64)
    private String codeHash;
    private String createdBy;
    private long createdAt;
    private long expiresAt;

    protected Invite() {
    }

    Invite(String id, String codeHash, String createdBy, long now, long expiresAt) {
        this.id = id;
        this.codeHash = codeHash;
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
}
