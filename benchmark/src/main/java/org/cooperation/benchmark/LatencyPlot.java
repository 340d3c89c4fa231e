package org.cooperation.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the latency distribution as a percentile curve (x: percentile on a log scale of
 * "nines", y: milliseconds), the usual way to show a tail. Plain Java 2D, no library.
 */
final class LatencyPlot {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final int MARGIN = 70;
    private static final double[] TICKS = {50, 90, 99, 99.9};

    private LatencyPlot() {}

    static void write(Percentiles latencies, String title, Path file) throws IOException {
        BufferedImage image = Canvas.image(WIDTH, HEIGHT);
        Graphics2D g = Canvas.titled(image, title, MARGIN);

        double maxNines = 3.0; // up to p99.9
        double maxMillis = Math.max(1.0, latencies.millis(99.9) * 1.1);
        int plotWidth = WIDTH - 2 * MARGIN;
        int plotHeight = HEIGHT - 2 * MARGIN;
        g.drawLine(MARGIN, HEIGHT - MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN);
        g.drawLine(MARGIN, MARGIN, MARGIN, HEIGHT - MARGIN);
        for (double tick : TICKS) {
            int x = MARGIN + (int) (nines(tick) / maxNines * plotWidth);
            g.drawLine(x, HEIGHT - MARGIN, x, HEIGHT - MARGIN + 5);
            g.drawString(
                    "p" + (tick == Math.floor(tick) ? String.valueOf((int) tick) : String.valueOf(tick)),
                    x - 12,
                    HEIGHT - MARGIN + 20);
        }
        for (int i = 0; i <= 5; i++) {
            double value = maxMillis * i / 5;
            int y = HEIGHT - MARGIN - (int) (value / maxMillis * plotHeight);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(MARGIN + 1, y, WIDTH - MARGIN, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%.0f ms", value), 10, y + 4);
        }
        g.drawString("percentile (log scale of nines)", WIDTH / 2 - 80, HEIGHT - 20);

        g.setColor(new Color(30, 90, 200));
        g.setStroke(new BasicStroke(2f));
        int previousX = -1;
        int previousY = -1;
        for (int step = 0; step <= 600; step++) {
            double n = maxNines * step / 600;
            double percentile = 100 * (1 - Math.pow(10, -n));
            int x = MARGIN + (int) (n / maxNines * plotWidth);
            int y = HEIGHT
                    - MARGIN
                    - (int) (Math.min(latencies.millis(percentile), maxMillis) / maxMillis * plotHeight);
            if (previousX >= 0) {
                g.drawLine(previousX, previousY, x, y);
            }
            previousX = x;
            previousY = y;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static double nines(double percentile) {
        return -Math.log10(1 - percentile / 100);
    }
}
