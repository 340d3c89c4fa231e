package org.cooperation.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Cost against size: the median of each request (y, milliseconds, log scale) at each number of
 * agreements on record (x, log scale). A flat line costs the same whatever the size; a line that
 * rises by one grid step per step of x grows in proportion to the record. Plain Java 2D.
 */
final class ScalePlot {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 620;
    private static final int LEFT = 80;
    private static final int RIGHT = 330;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color[] COLOURS = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207), new Color(0, 0, 0), new Color(120, 60, 0),
        new Color(0, 90, 90), new Color(90, 0, 140)
    };

    private ScalePlot() {}

    /** {@code lines}: a name and its median in milliseconds at each of {@code sizes}. */
    static void write(List<Integer> sizes, Map<String, double[]> lines, String title, Path file) throws IOException {
        BufferedImage image = Canvas.image(WIDTH, HEIGHT);
        Graphics2D g = Canvas.titled(image, title, LEFT);

        double minX = Math.log10(sizes.get(0));
        double maxX = Math.max(minX + 1, Math.log10(sizes.get(sizes.size() - 1)));
        double lowest = lines.values().stream()
                .flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> v > 0)
                .min()
                .orElse(1);
        double highest = lines.values().stream()
                .flatMapToDouble(java.util.Arrays::stream)
                .max()
                .orElse(10);
        double minY = Math.floor(Math.log10(Math.max(0.01, lowest)));
        double maxY = Math.max(minY + 1, Math.ceil(Math.log10(Math.max(highest, 0.01))));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;

        for (double decade = minY; decade <= maxY; decade++) {
            int y = y(decade, minY, maxY, plotHeight);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.BLACK);
            g.drawString(millis(Math.pow(10, decade)), 10, y + 4);
        }
        for (int size : sizes) {
            int x = x(Math.log10(size), minX, maxX, plotWidth);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(x, TOP, x, TOP + plotHeight);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%,d", size), x - 20, TOP + plotHeight + 20);
        }
        g.drawLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);
        g.drawLine(LEFT, TOP, LEFT, TOP + plotHeight);
        g.drawString("agreements on record (log scale)", LEFT + plotWidth / 2 - 90, HEIGHT - 20);
        g.drawString("median, ms (log scale)", 10, TOP - 12);

        int index = 0;
        g.setStroke(new BasicStroke(2f));
        for (Map.Entry<String, double[]> line : lines.entrySet()) {
            g.setColor(COLOURS[index % COLOURS.length]);
            int previousX = -1;
            int previousY = -1;
            for (int i = 0; i < sizes.size(); i++) {
                int x = x(Math.log10(sizes.get(i)), minX, maxX, plotWidth);
                int y = y(Math.log10(Math.max(line.getValue()[i], Math.pow(10, minY))), minY, maxY, plotHeight);
                g.fillOval(x - 3, y - 3, 6, 6);
                if (previousX >= 0) {
                    g.drawLine(previousX, previousY, x, y);
                }
                previousX = x;
                previousY = y;
            }
            int legendY = TOP + 10 + index * 18;
            g.drawLine(WIDTH - RIGHT + 20, legendY - 4, WIDTH - RIGHT + 40, legendY - 4);
            g.setColor(Color.BLACK);
            g.drawString(line.getKey(), WIDTH - RIGHT + 46, legendY);
            index++;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static int x(double logSize, double minX, double maxX, int plotWidth) {
        return LEFT + (int) ((logSize - minX) / (maxX - minX) * plotWidth);
    }

    private static int y(double logMillis, double minY, double maxY, int plotHeight) {
        return TOP + plotHeight - (int) ((logMillis - minY) / (maxY - minY) * plotHeight);
    }

    private static String millis(double value) {
        return value >= 1 ? String.format("%,.0f ms", value) : String.format("%.2f ms", value);
    }
}
