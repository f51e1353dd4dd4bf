package dev.deskrelay.relay.alerts;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A rule on a device that is not ok (pending or firing). Its primary key is the rule and device,
 * so of two nodes that both evaluated the device (its agent moved) only one inserts a firing row.
 */
@Entity
@Cacheable(false)
@Table(name = "ALERT_STATES")
@IdClass(AlertStateRow.Key.class)
public class AlertStateRow {

    static final String PENDING = "pending";
    static final String FIRING = "firing";

    @Id
    @Column(name = "RULE_ID")
    private String ruleId;
    @Id
    @Column(name = "DEVICE_ID")
    private String deviceId;
    @Column(nullable = false, length = 16)
    private String state;
    private long since;
    @Column(name = "ALERT_ID")
    private Long alertId;

    protected AlertStateRow() {
    }

    AlertStateRow(String ruleId, String deviceId, String state, long since, Long alertId) {
        this.ruleId = ruleId;
        this.deviceId = deviceId;
        this.state = state;
        this.since = since;
        this.alertId = alertId;
    }

    String ruleId() {
        return ruleId;
    }

    boolean firing() {
        return FIRING.equals(state);
    }

    long since() {
        return since;
    }

    Long alertId() {
        return alertId;
    }

    void fire(long at, long alert) {
        state = FIRING;
        since = at;
        alertId = alert;
    }

    /** The composite key JPA needs for {@link IdClass}. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String ruleId;
        private String deviceId;

        public Key() {
        }

        Key(String ruleId, String deviceId) {
            this.ruleId = ruleId;
            this.deviceId = deviceId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(ruleId, key.ruleId) && Objects.equals(deviceId, key.deviceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ruleId, deviceId);
        }
    }
}
