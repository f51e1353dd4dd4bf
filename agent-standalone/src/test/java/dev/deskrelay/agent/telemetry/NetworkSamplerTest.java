package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.InterfaceRate;
import oshi.SystemInfo;

class NetworkSamplerTest {

    @Test
    void ratesAreFiniteAndNeverNegativeAndLoopbackIsLeftOut() throws Exception {
        NetworkSampler sampler = new NetworkSampler(new SystemInfo().getHardware());

        for (int i = 0; i < 2; i++) {
            Thread.sleep(200);
            List<InterfaceRate> rates = sampler.sample();
            for (InterfaceRate rate : rates) {
                assertTrue(Double.isFinite(rate.rx()) && rate.rx() >= 0, rate.toString());
                assertTrue(Double.isFinite(rate.tx()) && rate.tx() >= 0, rate.toString());
                assertFalse(isLoopback(rate.name()), rate.name() + " is loopback");
            }
            assertEquals(rates.size(), rates.stream().map(InterfaceRate::name).distinct().count(), rates.toString());
        }
    }

    private static boolean isLoopback(String name) throws SocketException {
        NetworkInterface networkInterface = NetworkInterface.getByName(name);
        return networkInterface != null && networkInterface.isLoopback();
    }
}
