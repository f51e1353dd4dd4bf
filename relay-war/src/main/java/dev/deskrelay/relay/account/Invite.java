package dev.deskrelay.relay.account;

import dev.deskrelay.relay.pairing.ExpiringSecret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An administrator's one-time permission for someone to create an account. */
@Entity
@Table(name = "INVITES")
public class Invite extends ExpiringSecret {

    @Column(nullable = false, unique = true, length = 64)
    private String codeHash;

    protected Invite() {
    }

    Invite(String id, String codeHash, String createdBy, long now, long expiresAt) {
        super(id, createdBy, now, expiresAt);
        this.codeHash = codeHash;
    }
}
