package dev.deskrelay.relay.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A program's credential, named by the person who made it; only its hash is kept. */
@Entity
@Table(name = "API_TOKENS")
public class ApiToken {

    @Id
    private String id;
    @Column(name = "ACCOUNT_ID", nullable = false)
    private String accountId;
    @Column(nullable = false, length = 64)
    private String name;
    @Column(nullable = false, length = 64)
    private String tokenHash;
    private long createdAt;
    private long lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(String id, String accountId, String name, String tokenHash, long now) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long createdAt() {
        return createdAt;
    }

    /** Epoch milliseconds, to the minute; 0 when never used. */
    public long lastUsedAt() {
        return lastUsedAt;
    }

    String accountId() {
        return accountId;
    }

    String tokenHash() {
        return tokenHash;
    }

    void usedAt(long now) {
        lastUsedAt = now;
    }
}
