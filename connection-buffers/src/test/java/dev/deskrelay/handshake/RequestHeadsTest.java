package dev.deskrelay.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RequestHeadsTest {

    private final AtomicLong now = new AtomicLong();
    private final RequestHeads<String> heads = new RequestHeads<>(Duration.ofSeconds(10), now::get);

    private void receive(String connection, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        heads.received(connection, new RequestHeads.Bytes() {
            @Override
            public int size() {
                return bytes.length;
            }

            @Override
            public byte at(int index) {
                return bytes[index];
            }
        });
    }

    private void after(Duration elapsed) {
        now.addAndGet(elapsed.toNanos());
    }

    @Test
    void aHeadThatTricklesInIsClosedAtTheDeadlineHoweverOftenBytesCome() {
        heads.opened("slow");
        for (char c : "GET /viewer HTTP/1.1\r\nHost: x\r\n".toCharArray()) {
            receive("slow", String.valueOf(c));
            after(Duration.ofMillis(300));
        }
        assertEquals(List.of(), heads.overdue(), "still within its 10 s");
        after(Duration.ofSeconds(1));
        assertEquals(List.of("slow"), heads.overdue());
        assertEquals(List.of(), heads.overdue(), "handed over once");
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAtTheDeadline() {
        heads.opened("silent");
        after(Duration.ofSeconds(10));
        assertEquals(List.of("silent"), heads.overdue());
    }

    @Test
    void aWholeHeadEndsTheWatchEvenSplitAcrossReads() {
        heads.opened("split");
        receive("split", "GET / HTTP/1.1\r\nHost: x\r");
        receive("split", "\n\r");
        receive("split", "\n");
        heads.opened("whole");
        receive("whole", "GET / HTTP/1.1\r\n\r\n{\"type\":\"ping\"}");
        heads.opened("bare line feeds");
        receive("bare line feeds", "GET / HTTP/1.1\nHost: x\n\n");
        heads.opened("closed");
        heads.closed("closed");
        assertFalse(heads.watching("whole"), "a connection past its head costs nothing more");
        after(Duration.ofMinutes(5));
        assertEquals(List.of(), heads.overdue());
    }

    @Test
    void lineBreaksWithTextBetweenThemAreNotTheEndOfTheHead() {
        heads.opened("tricky");
        receive("tricky", "GET / HTTP/1.1\r\nHost: x\r\n\r");
        after(Duration.ofSeconds(10));
        assertEquals(List.of("tricky"), heads.overdue());
    }
}
