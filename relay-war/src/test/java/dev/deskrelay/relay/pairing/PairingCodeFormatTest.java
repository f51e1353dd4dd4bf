package dev.deskrelay.relay.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PairingCodeFormatTest {

    @Test
    void codesUseNoLookAlikeCharacters() {
        for (int i = 0; i < 500; i++) {
            String code = PairingCodeFormat.generate();
            assertEquals(8, code.length());
            assertTrue(code.chars().noneMatch(c -> "01OIL".indexOf(c) >= 0), code);
        }
    }

    @Test
    void codesAreShownInTwoGroups() {
        assertEquals("ABCD-EFGH", PairingCodeFormat.display("ABCDEFGH"));
    }

    @Test
    void codesDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(PairingCodeFormat.generate());
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void normalizingAcceptsWhatPeopleTypeAndRejectsTheRest() {
        assertEquals(Optional.of("ABCDEFGH"), PairingCodeFormat.normalize("abcd-efgh"));
        assertEquals(Optional.of("ABCDEFGH"), PairingCodeFormat.normalize(" ABCD EFGH "));
        assertEquals(Optional.empty(), PairingCodeFormat.normalize("ABCD-EFG"));
        assertEquals(Optional.empty(), PairingCodeFormat.normalize("ABCD-EFG0"));
        assertEquals(Optional.empty(), PairingCodeFormat.normalize("ABCD-EFGHJ"));
    }

    @Test
    void aLongerCodeSuchAsTheSetupCodeIsShownAndReadInGroupsOfFour() {
        String code = PairingCodeFormat.generate(16);
        assertEquals(16, code.length());
        assertEquals("ABCD-EFGH-JKMN-PQRS", PairingCodeFormat.display("ABCDEFGHJKMNPQRS"));
        assertEquals(Optional.of("ABCDEFGHJKMNPQRS"), PairingCodeFormat.normalize("abcd-efgh jkmn-pqrs", 16));
        assertEquals(Optional.empty(), PairingCodeFormat.normalize("ABCD-EFGH", 16));
        assertEquals(Optional.of(code), PairingCodeFormat.normalize(PairingCodeFormat.display(code), 16));
    }
}
