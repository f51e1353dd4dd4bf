package dev.deskrelay.relay.audit;

import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the audit log: an {@link Audited} event with the time it was fired. */
@Entity
// written once and read back rarely, in pages: caching the rows would only hold memory
@Cacheable(false)
@Table(name = "AUDIT_EVENTS")
public class AuditEvent {

    static final int DETAIL_LENGTH = 512;
    private static final int ID_LENGTH = 255;
    private static final int KIND_LENGTH = 32;
    private static final int OUTCOME_LENGTH = 64;
    private static final int ADDRESS_LENGTH = 64;

    // the database numbers the rows, so concurrent writers on every node never collide; the
    // number is also the query's cursor, as it grows with every row written
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private long at;
    @Column(name = "ACCOUNT_ID")
    private String accountId;
    private String actor;
    @Column(name = "DEVICE_ID")
    private String deviceId;
    @Column(nullable = false, length = KIND_LENGTH)
    private String kind;
    @Column(length = DETAIL_LENGTH)
    private String detail;
    @Column(length = OUTCOME_LENGTH)
    private String outcome;
    @Column(length = ADDRESS_LENGTH)
    private String address;

    protected AuditEvent() {
    }

    /** Cut to the columns' sizes: a long action summary must not cost the event its row. */
    AuditEvent(Audited event, long at) {
        this.at = at;
        this.accountId = cut(event.accountId(), ID_LENGTH);
        this.actor = cut(event.actor(), ID_LENGTH);
        this.deviceId = cut(event.deviceId(), ID_LENGTH);
        // refused on the firer's thread: a row the database refuses would fail the whole batch
        this.kind = cut(Objects.requireNonNull(event.kind(), "an audited event needs a kind"), KIND_LENGTH);
        this.detail = cut(event.detail(), DETAIL_LENGTH);
        this.outcome = cut(event.outcome(), OUTCOME_LENGTH);
        this.address = cut(event.address(), ADDRESS_LENGTH);
    }

    /** Cuts at a character boundary, never through a surrogate pair. */
    static String cut(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    public Long id() {
        return id;
    }

    public long at() {
        return at;
    }

    public String accountId() {
        return accountId;
    }

    public String actor() {
        return actor;
    }

    public String deviceId() {
        return deviceId;
    }

    public String kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public String outcome() {
        return outcome;
    }

    public String address() {
        return address;
    }
}
