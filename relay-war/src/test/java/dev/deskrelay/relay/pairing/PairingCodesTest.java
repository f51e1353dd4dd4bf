package dev.deskrelay.relay.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.ProtocolViolation;

class PairingCodesTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final MapStore store = new MapStore();
    private final PairingCodes codes = new PairingCodes(store, clock);

    @Test
    void aCodeGrantsTheDeviceItWasIssuedFor() {
        String forOne = codes.issue("d1").code();
        String forTwo = codes.issue("d2").code();
        assertEquals("d2", codes.redeem(forTwo));
        assertEquals("d1", codes.redeem(forOne));
    }

    @Test
    void aCodeWorksOnce() {
        String code = codes.issue("d1").code();
        codes.redeem(code);
        assertRefused(ErrorCode.BAD_CODE, code);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        var issued = codes.issue("d1");
        assertEquals(now.plus(Duration.ofMinutes(10)).toEpochMilli(), issued.expiresAt());
        now = now.plus(Duration.ofMinutes(10));
        assertRefused(ErrorCode.CODE_EXPIRED, issued.code());
    }

    @Test
    void aCodeStillWorksJustBeforeItExpires() {
        String code = codes.issue("d1").code();
        now = now.plus(Duration.ofMinutes(10)).minusMillis(1);
        assertEquals("d1", codes.redeem(code));
    }

    @Test
    void aFreshCodeReplacesTheDevicesOldOne() {
        String old = codes.issue("d1").code();
        String fresh = codes.issue("d1").code();
        assertRefused(ErrorCode.BAD_CODE, old);
        assertEquals("d1", codes.redeem(fresh));
    }

    @Test
    void removingExpiredCodesKeepsTheLiveOnes() {
        codes.issue("d1");
        now = now.plus(Duration.ofMinutes(5));
        String live = codes.issue("d2").code();
        now = now.plus(Duration.ofMinutes(6));
        codes.issue("d3");
        assertEquals(3, store.codes.size());

        codes.removeExpired();

        assertEquals(2, store.codes.size());
        assertEquals("d2", codes.redeem(live));
    }

    @Test
    void typingIsForgivingAboutCaseAndSeparators() {
        String code = codes.issue("d1").code();
        assertEquals("d1", codes.redeem(" " + code.toLowerCase().replace("-", " ") + " "));
    }

    @Test
    void aMalformedOrUnknownCodeIsRefusedAlike() {
        assertRefused(ErrorCode.BAD_CODE, "hello");
        assertRefused(ErrorCode.BAD_CODE, "ABCD-EFGH");
    }

    @Test
    void onlyTheHashIsStored() {
        String code = codes.issue("d1").code();
        String stored = store.codes.keySet().iterator().next();
        assertFalse(stored.contains(code.replace("-", "")));
        assertEquals(64, stored.length());
    }

    private void assertRefused(ErrorCode expected, String code) {
        var refused = assertThrows(ProtocolViolation.class, () -> codes.redeem(code));
        assertEquals(expected, refused.code());
        assertTrue(refused.getMessage().contains("pairing code"));
    }

    private static final class MapStore implements PairingCodeStore {
        final Map<String, PairingCode> codes = new HashMap<>();

        @Override
        public void save(PairingCode code) {
            codes.put(code.codeHash(), code);
        }

        @Override
        public Optional<PairingCode> take(String codeHash) {
            return Optional.ofNullable(codes.remove(codeHash));
        }

        @Override
        public void removeForDevice(String deviceId) {
            codes.values().removeIf(code -> code.deviceId().equals(deviceId));
        }

        @Override
        public void removeExpired(long time) {
            codes.values().removeIf(code -> code.expiredAt(time));
        }
    }
}
