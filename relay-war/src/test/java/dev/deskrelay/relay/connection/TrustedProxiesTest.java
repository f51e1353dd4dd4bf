package dev.deskrelay.relay.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies balancers = TrustedProxies.of("10.0.0.5, 10.0.0.6,::1");

    @Test
    void aTrustedProxySaysWhereTheClientIs() {
        assertEquals("203.0.113.7", balancers.client("10.0.0.5", List.of("203.0.113.7")));
        assertEquals("2001:db8:0:0:0:0:0:1", balancers.client("0:0:0:0:0:0:0:1", List.of("2001:db8::1")));
    }

    @Test
    void whatTheClientClaimsBeforeTheProxiesIsIgnored() {
        assertEquals("203.0.113.7", balancers.client("10.0.0.5", List.of("1.2.3.4, 203.0.113.7")));
        assertEquals("203.0.113.7", balancers.client("10.0.0.5", List.of("1.2.3.4", "203.0.113.7, 10.0.0.6")));
    }

    @Test
    void anyoneElsesHeaderIsIgnored() {
        assertEquals("198.51.100.1", balancers.client("198.51.100.1", List.of("203.0.113.7")));
        assertEquals("10.0.0.5", TrustedProxies.of("").client("10.0.0.5", List.of("203.0.113.7")));
    }

    @Test
    void aProxyWithoutAWordOrWithNonsenseCountsAsItself() {
        assertEquals("10.0.0.5", balancers.client("10.0.0.5", List.of()));
        assertEquals("10.0.0.5", balancers.client("10.0.0.5", List.of("unknown")));
        assertEquals("10.0.0.5", balancers.client("10.0.0.5", List.of("10.0.0.6")));
    }

    @Test
    void aSettingThatIsNotAnAddressIsRefusedByName() {
        var refused = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.5,lb.example.com"));
        assertTrue(refused.getMessage().contains("\"lb.example.com\" is not an IP address"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.0/8"));
        // digits and dots that are no address: the JDK would ask DNS for them, or read 1.2.3 as 1.2.0.3
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.256"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("1.2.3"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("1.2.3.4.5"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("010.0.0.5"));
    }
}
