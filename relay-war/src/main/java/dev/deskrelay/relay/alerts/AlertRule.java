package dev.deskrelay.relay.alerts;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One account's rule: a metric past a threshold for a duration, on one device it holds or (device
 * null) on every device it holds. Offline rules have no comparison and no threshold.
 */
@Entity
@Table(name = "ALERT_RULES")
public class AlertRule {

    @Id
    private String id;
    @Column(name = "ACCOUNT_ID", nullable = false)
    private String accountId;
    @Column(name = "DEVICE_ID")
    private String deviceId;
    @Column(nullable = false, length = 64)
    private String name;
    @Column(nullable = false, length = 32)
    private String metric;
    @Column(length = 8)
    private String comparison;
    private Double threshold;
    private String mount;
    private long durationSeconds;
    @Column(nullable = false, length = 16)
    private String severity;
    private int repeatMinutes;
    private long createdAt;

    protected AlertRule() {
    }

    /** @param definition checked already ({@link RuleDefinition}) */
    AlertRule(String id, String accountId, RuleDefinition definition, long now) {
        this.id = id;
        this.accountId = accountId;
        this.createdAt = now;
        define(definition);
    }

    void define(RuleDefinition definition) {
        this.deviceId = definition.deviceId();
        this.name = definition.name();
        this.metric = definition.metric();
        this.comparison = definition.comparison();
        this.threshold = definition.threshold();
        this.mount = definition.mount();
        this.durationSeconds = definition.durationSeconds();
        this.severity = definition.severity();
        this.repeatMinutes = definition.repeatMinutes();
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    /** Null: every device the account holds. */
    public String deviceId() {
        return deviceId;
    }

    public String name() {
        return name;
    }

    /** The wire name: {@code cpu}, {@code memory}, ..., {@code offline}. */
    public String metric() {
        return metric;
    }

    /** {@code above} or {@code below}; null for an offline rule. */
    public String comparison() {
        return comparison;
    }

    /** Null for an offline rule. */
    public Double threshold() {
        return threshold;
    }

    /** A filesystem rule's mount, or null or {@code *} for the fullest. */
    public String mount() {
        return mount;
    }

    public long durationSeconds() {
        return durationSeconds;
    }

    public String severity() {
        return severity;
    }

    /** 0: notify once per firing. */
    public int repeatMinutes() {
        return repeatMinutes;
    }

    public long createdAt() {
        return createdAt;
    }

    /**
     * Whether the two say the same (rows read at different times are different objects): an
     * evaluated rule keeps its state while its definition stays the same.
     */
    boolean sameAs(AlertRule other) {
        return id.equals(other.id) && accountId.equals(other.accountId) && Objects.equals(deviceId, other.deviceId)
                && name.equals(other.name) && metric.equals(other.metric)
                && Objects.equals(comparison, other.comparison) && Objects.equals(threshold, other.threshold)
                && Objects.equals(mount, other.mount) && durationSeconds == other.durationSeconds
                && severity.equals(other.severity) && repeatMinutes == other.repeatMinutes;
    }
}
