package dev.deskrelay.relay.alerts.channels;

import dev.deskrelay.relay.alerts.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account's destination for its alerts, and how its last deliveries went. The secret (a
 * webhook's signing key, an ntfy access token) is stored as given: the relay has to use it, so a
 * hash would not do; it leaves the relay only in what it signs or authorizes, never in an answer
 * after the one that created it.
 */
@Entity
@Table(name = "ALERT_CHANNELS")
public class Channel {

    @Id
    private String id;
    @Column(name = "ACCOUNT_ID", nullable = false)
    private String accountId;
    @Column(nullable = false, length = 64)
    private String name;
    @Column(nullable = false, length = 16)
    private String kind;
    @Column(nullable = false, length = 2048)
    private String target;
    private String secret;
    @Column(nullable = false, length = 16)
    private String minSeverity;
    private long createdAt;
    private Long lastSuccessAt;
    private Long failingSince;
    private Long lastFailureAt;
    @Column(length = 512)
    private String lastError;

    protected Channel() {
    }

    Channel(String id, String accountId, ChannelDraft draft, String secret, long now) {
        this.id = id;
        this.accountId = accountId;
        this.name = draft.name();
        this.kind = draft.kind().wire();
        this.target = draft.target();
        this.minSeverity = draft.minSeverity().wire();
        this.secret = secret;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public ChannelKind kind() {
        return ChannelKind.of(kind);
    }

    public String target() {
        return target;
    }

    /** The webhook's signing key or the ntfy access token; null for e-mail or an ntfy topic without one. */
    String secret() {
        return secret;
    }

    public Severity minSeverity() {
        return Severity.of(minSeverity);
    }

    public long createdAt() {
        return createdAt;
    }

    public Long lastSuccessAt() {
        return lastSuccessAt;
    }

    /** Since when every delivery failed; null while the last one succeeded. */
    public Long failingSince() {
        return failingSince;
    }

    public Long lastFailureAt() {
        return lastFailureAt;
    }

    public String lastError() {
        return lastError;
    }

    void succeeded(long at) {
        lastSuccessAt = at;
        failingSince = null;
    }

    void failed(long at, String error) {
        lastFailureAt = at;
        lastError = error;
        if (failingSince == null) {
            failingSince = at;
        }
    }
}
