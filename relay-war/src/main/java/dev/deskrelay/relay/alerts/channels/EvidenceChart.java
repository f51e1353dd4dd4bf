package dev.deskrelay.relay.alerts.channels;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import dev.deskrelay.relay.alerts.Evidence;

/**
 * The evidence's five minutes as a small PNG for the mail: the line of the metric, and the
 * threshold as a dashed line, on a scale from 0 (or the lowest value) to the highest of both. No
 * text is drawn: a server may have no fonts, and the mail says the numbers in words beside it.
 */
final class EvidenceChart {

    static final int WIDTH = 480;
    static final int HEIGHT = 160;
    private static final int MARGIN = 8;
    private static final Color LINE = new Color(0x2b6cb0);
    private static final Color THRESHOLD = new Color(0xc53030);
    private static final Color GRID = new Color(0xe2e8f0);

    private EvidenceChart() {
    }

    /** @return PNG bytes; a blank chart for fewer than two points */
    static byte[] png(List<Evidence.Point> points, Double threshold) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(GRID);
            for (int i = 0; i <= 4; i++) {
                int y = MARGIN + i * (HEIGHT - 2 * MARGIN) / 4;
                g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
            }
            if (points.size() >= 2) {
                draw(g, points, threshold);
            }
        } finally {
            g.dispose();
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("a PNG written to memory cannot fail", e);
        }
        return png.toByteArray();
    }

    private static void draw(Graphics2D g, List<Evidence.Point> points, Double threshold) {
        double low = Math.min(0, points.stream().mapToDouble(Evidence.Point::value).min().orElse(0));
        double high = points.stream().mapToDouble(Evidence.Point::value).max().orElse(1);
        if (threshold != null) {
            low = Math.min(low, threshold);
            high = Math.max(high, threshold);
        }
        if (high <= low) {
            high = low + 1;
        }
        long first = points.get(0).at();
        long span = Math.max(1, points.get(points.size() - 1).at() - first);
        var line = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            Evidence.Point point = points.get(i);
            double x = MARGIN + (double) (point.at() - first) / span * (WIDTH - 2 * MARGIN);
            double y = y(point.value(), low, high);
            if (i == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        if (threshold != null) {
            g.setColor(THRESHOLD);
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            int y = (int) Math.round(y(threshold, low, high));
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
        }
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2));
        g.draw(line);
    }

    private static double y(double value, double low, double high) {
        return HEIGHT - MARGIN - (value - low) / (high - low) * (HEIGHT - 2 * MARGIN);
    }
}
