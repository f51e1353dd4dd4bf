package dev.deskrelay.bench.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MetricsScrapeTest {

    @Test
    void keepsTheRelaysSeriesWithoutScopeOrQuantiles() {
        String text = """
                # TYPE deskrelay_agents_connected gauge
                deskrelay_agents_connected{mp_scope="application"} 200
                deskrelay_messages_rejected_total{mp_scope="application",reason="rate_limited"} 3.0
                deskrelay_action_round_trip_seconds{mp_scope="application",quantile="0.5"} 0.001
                deskrelay_action_round_trip_seconds_count{mp_scope="application"} 746.0
                base_memory_usedHeap_bytes{mp_scope="base"} 1.0E8
                """;
        assertEquals(Map.of("deskrelay_agents_connected", 200.0, "deskrelay_messages_rejected_total{reason=\"rate_limited\"}", 3.0,
                "deskrelay_action_round_trip_seconds_count", 746.0), MetricsScrape.parse(text));
    }
}
