package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class EvidenceChartTest {

    @Test
    void drawsThePointsAsAPngOfItsSize() throws IOException {
        BufferedImage image = read(EvidenceChart.png(Notices.cpuEvidence().points(), 90.0));

        assertEquals(EvidenceChart.WIDTH, image.getWidth());
        assertEquals(EvidenceChart.HEIGHT, image.getHeight());
        // the highest point (97.5, the last) ends the blue line at the top right
        int red = image.getRGB(EvidenceChart.WIDTH - 9, 8) >> 16 & 0xff;
        assertTrue(red < 0xa0, "blue, not white or the grey grid: " + Integer.toHexString(image.getRGB(EvidenceChart.WIDTH - 9, 8)));
        // the threshold (90 of 0 to 97.5) is the red dashed line, 8 % of the height below the top
        int thresholdY = (int) Math.round(EvidenceChart.HEIGHT - 8 - 90 / 97.5 * (EvidenceChart.HEIGHT - 16));
        assertNotEquals(0xffffff, image.getRGB(10, thresholdY) & 0xffffff);
    }

    @Test
    void fewerThanTwoPointsMakeABlankChart() throws IOException {
        BufferedImage image = read(EvidenceChart.png(List.of(), null));

        assertEquals(EvidenceChart.WIDTH, image.getWidth());
        assertEquals(0xffffff, image.getRGB(EvidenceChart.WIDTH / 2, EvidenceChart.HEIGHT / 3) & 0xffffff);
    }

    private static BufferedImage read(byte[] png) throws IOException {
        assertEquals(0x89, png[0] & 0xff);
        assertEquals('P', png[1]);
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
