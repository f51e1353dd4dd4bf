package dev.deskrelay.relay.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A code a node printed while no account existed; each node of a cluster may add one. */
@Entity
@Table(name = "SETUP_CODES")
public class SetupCode {

    @Id
    @Column(length = 64)
    private String codeHash;
    private long createdAt;

    protected SetupCode() {
    }

    SetupCode(String codeHash, long now) {
        this.codeHash = codeHash;
        this.createdAt = now;
    }
}
