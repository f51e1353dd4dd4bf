package dev.deskrelay.relay.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReaderBudgetTest {

    private final ReaderBudget budget = new ReaderBudget(100);
    private final List<String> evicted = new ArrayList<>();

    /** A reader whose oldest unfinished send started at {@code since}. */
    private ReaderBudget.Account reader(String name, long since) {
        return budget.open(new ReaderBudget.Reader() {
            @Override
            public long stalledSince() {
                return since;
            }

            @Override
            public void evict() {
                evicted.add(name);
            }
        });
    }

    @Test
    void underTheBoundNobodyIsEvicted() {
        var a = reader("a", 1);
        var b = reader("b", 2);
        a.change(60);
        b.change(40);
        assertEquals(100, budget.total());
        assertEquals(List.of(), evicted);
        a.change(-60);
        assertEquals(40, budget.total());
    }

    @Test
    void overTheBoundTheReadersStalledLongestGoFirstUntilItFitsAgain() {
        var keepingUp = reader("keeping up", Long.MAX_VALUE);
        var stalledLong = reader("stalled long", 10);
        var stalledLonger = reader("stalled longer", 5);
        var stalledShortly = reader("stalled shortly", 50);
        stalledLong.change(30);
        stalledLonger.change(30);
        stalledShortly.change(30);
        keepingUp.change(20);
        assertEquals(List.of("stalled longer"), evicted, "one eviction brought it back under the bound");
        assertEquals(80, budget.total());

        keepingUp.change(60);
        assertEquals(List.of("stalled longer", "stalled long", "stalled shortly"), evicted);
        assertEquals(80, budget.total());
    }

    @Test
    void anEvictedOrClosedReaderCountsNothingMore() {
        var stalled = reader("stalled", 1);
        var other = reader("other", 2);
        stalled.change(90);
        other.change(20);
        assertEquals(List.of("stalled"), evicted);
        stalled.change(-90);
        stalled.change(50);
        assertEquals(20, budget.total(), "a late change of an evicted reader is ignored");
        other.close();
        assertEquals(0, budget.total());
    }

    @Test
    void aBoundThatIsNotPositiveStopsTheRelayFromStarting() {
        assertThrows(IllegalArgumentException.class, () -> new ReaderBudget(0));
    }
}
