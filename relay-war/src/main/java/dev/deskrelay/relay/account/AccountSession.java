package dev.deskrelay.relay.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed-in browser: a row, so every node sees it and signing out reaches every node. */
@Entity
@Table(name = "ACCOUNT_SESSIONS")
public class AccountSession {

    @Id
    @Column(length = 64)
    private String tokenHash;
    @Column(name = "ACCOUNT_ID", nullable = false)
    private String accountId;
    private long createdAt;
    private long expiresAt;

    protected AccountSession() {
    }

    AccountSession(String tokenHash, String accountId, long now, long expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    String accountId() {
        return accountId;
    }

    boolean expiredAt(long now) {
        return expiresAt <= now;
    }
}
