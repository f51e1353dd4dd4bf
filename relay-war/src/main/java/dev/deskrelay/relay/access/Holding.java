package dev.deskrelay.relay.access;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One account's hold on one device, in a role. */
@Entity
@Table(name = "DEVICE_ACCESS")
@IdClass(Holding.Key.class)
public class Holding {

    @Id
    @Column(name = "DEVICE_ID")
    private String deviceId;
    @Id
    @Column(name = "ACCOUNT_ID")
    private String accountId;
    @Convert(converter = RoleColumn.class)
    @Column(name = "ROLE", nullable = false, length = 16)
    private Role role;
    @Column(name = "GRANTEDAT")
    private long grantedAt;

    protected Holding() {
    }

    Holding(String deviceId, String accountId, Role role, long now) {
        this.deviceId = deviceId;
        this.accountId = accountId;
        this.role = role;
        this.grantedAt = now;
    }

    String deviceId() {
        return deviceId;
    }

    String accountId() {
        return accountId;
    }

    Role role() {
        return role;
    }

    void changeRole(Role newRole, long now) {
        role = newRole;
        grantedAt = now;
    }

    /** The composite key JPA needs for {@link IdClass}: a class, since JPA sets its fields. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String deviceId;
        private String accountId;

        public Key() {
        }

        Key(String deviceId, String accountId) {
            this.deviceId = deviceId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(deviceId, key.deviceId)
                    && java.util.Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(deviceId, accountId);
        }
    }
}
