package dev.deskrelay.relay.alerts;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a rule's state on a device, with its time and, for an acknowledgement, who made it. */
@Entity
@Cacheable(false)
@Table(name = "ALERT_CHANGES")
public class AlertChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private long at;
    @Column(name = "RULE_ID", nullable = false)
    private String ruleId;
    @Column(name = "DEVICE_ID", nullable = false)
    private String deviceId;
    @Column(name = "ALERT_ID")
    private Long alertId;
    @Column(nullable = false, length = 16)
    private String state;
    private String actor;

    protected AlertChange() {
    }

    AlertChange(long at, String ruleId, String deviceId, Long alertId, String state, String actor) {
        this.at = at;
        this.ruleId = ruleId;
        this.deviceId = deviceId;
        this.alertId = alertId;
        this.state = state;
        this.actor = actor;
    }

    public long at() {
        return at;
    }

    /** {@code pending}, {@code firing}, {@code repeat}, {@code acknowledged}, {@code resolved} or {@code ok}. */
    public String state() {
        return state;
    }

    /** Who acknowledged; null for what the relay saw itself. */
    public String actor() {
        return actor;
    }
}
