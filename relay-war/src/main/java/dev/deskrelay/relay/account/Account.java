package dev.deskrelay.relay.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person: the user name is stored lower-case, the password as Jakarta Security's PBKDF2 string. */
@Entity
@Table(name = "ACCOUNTS")
public class Account {

    @Id
    private String id;
    @Column(nullable = false, unique = true, length = 64)
    private String username;
    @Column(nullable = false, length = 512)
    private String passwordHash;
    private boolean admin;
    private long createdAt;

    protected Account() {
    }

    Account(String id, String username, String passwordHash, boolean admin, long now) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public boolean admin() {
        return admin;
    }

    public long createdAt() {
        return createdAt;
    }

    String passwordHash() {
        return passwordHash;
    }

    void passwordHash(String hash) {
        passwordHash = hash;
    }
}
