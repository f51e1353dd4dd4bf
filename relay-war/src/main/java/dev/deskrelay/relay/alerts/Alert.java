package dev.deskrelay.relay.alerts;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One firing of a rule on a device, with what the rule and the device were called then (a rule
 * renamed or removed later leaves its alerts as they were) and the evidence once it is gathered.
 */
@Entity
@Cacheable(false)
@Table(name = "ALERTS")
public class Alert {

    static final String FIRING = "firing";
    static final String RESOLVED = "resolved";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "RULE_ID", nullable = false)
    private String ruleId;
    @Column(name = "ACCOUNT_ID", nullable = false)
    private String accountId;
    @Column(name = "DEVICE_ID", nullable = false)
    private String deviceId;
    private String deviceName;
    @Column(length = 64)
    private String ruleName;
    @Column(nullable = false, length = 32)
    private String metric;
    @Column(length = 8)
    private String comparison;
    private Double threshold;
    @Column(nullable = false, length = 16)
    private String severity;
    @Column(nullable = false, length = 16)
    private String state;
    private long firedAt;
    private Double firedValue;
    private Long resolvedAt;
    private String acknowledgedBy;
    private Long acknowledgedAt;
    @Column(length = 200_000)
    private String evidence;

    protected Alert() {
    }

    Alert(AlertRule rule, String deviceId, String deviceName, Double value, long at) {
        this.ruleId = rule.id();
        this.accountId = rule.accountId();
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        this.ruleName = rule.name();
        this.metric = rule.metric();
        this.comparison = rule.comparison();
        this.threshold = rule.threshold();
        this.severity = rule.severity();
        this.state = FIRING;
        this.firedAt = at;
        this.firedValue = value;
    }

    public long id() {
        return id;
    }

    public String ruleId() {
        return ruleId;
    }

    public String accountId() {
        return accountId;
    }

    public String deviceId() {
        return deviceId;
    }

    public String deviceName() {
        return deviceName;
    }

    public String ruleName() {
        return ruleName;
    }

    public String metric() {
        return metric;
    }

    public String comparison() {
        return comparison;
    }

    public Double threshold() {
        return threshold;
    }

    public String severity() {
        return severity;
    }

    /** {@code firing} or {@code resolved}. */
    public String state() {
        return state;
    }

    public long firedAt() {
        return firedAt;
    }

    public Double firedValue() {
        return firedValue;
    }

    public Long resolvedAt() {
        return resolvedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Long acknowledgedAt() {
        return acknowledgedAt;
    }

    /** The evidence as JSON, or null until it is gathered. */
    public String evidence() {
        return evidence;
    }

    boolean firing() {
        return FIRING.equals(state);
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    void resolve(long at) {
        state = RESOLVED;
        resolvedAt = at;
    }

    void acknowledge(String by, long at) {
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    void evidence(String json) {
        evidence = json;
    }
}
