package dev.deskrelay.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.bench.measure.Spans.Span;

class SpansTest {

    @Test
    void aStretchRunsFromAfterItsStartToItsEnd() {
        var spans = Spans.absent();
        assertFalse(spans.isUp());
        spans.begin(10);
        assertTrue(spans.isUp());
        spans.end(20);
        assertFalse(spans.isUp());
        assertFalse(spans.covers(10));
        assertTrue(spans.covers(11));
        assertTrue(spans.covers(20));
        assertFalse(spans.covers(21));
    }

    @Test
    void aSecondBeginOrEndChangesNothing() {
        var spans = Spans.absent();
        spans.begin(10);
        spans.begin(15);
        spans.end(20);
        spans.end(30);
        assertEquals(List.of(new Span(10, 20)), spans.overlap(Spans.present()));
    }

    @Test
    void aPresentSourceIsThereFromTheStartUntilItsFirstEnd() {
        var source = Spans.present();
        assertTrue(source.covers(Long.MIN_VALUE + 1));
        source.end(50);
        source.begin(80);
        assertEquals(List.of(new Span(Long.MIN_VALUE, 50), new Span(80, Long.MAX_VALUE)), source.overlap(Spans.present()));
    }

    @Test
    void theOverlapIsWhereBothWereThere() {
        var viewer = Spans.absent();
        viewer.begin(10);
        viewer.end(40);
        viewer.begin(60);
        var agent = Spans.present();
        agent.end(30);
        agent.begin(35);
        agent.end(70);
        agent.begin(90);
        assertEquals(List.of(new Span(10, 30), new Span(35, 40), new Span(60, 70), new Span(90, Long.MAX_VALUE)),
                viewer.overlap(agent));
        assertEquals(viewer.overlap(agent), agent.overlap(viewer));
    }

    @Test
    void stretchesThatOnlyTouchDoNotOverlap() {
        var viewer = Spans.absent();
        viewer.begin(30);
        var agent = Spans.present();
        agent.end(30);
        assertEquals(List.of(), viewer.overlap(agent));
        assertEquals(List.of(), Spans.absent().overlap(agent));
    }
}
