package dev.errata.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * A close-up photo of a phone screen from the inspection line: the dark bezel, grey glass with a
 * reflection, and at most one defect. Every pixel is computed here, not drawn through Java 2D, whose
 * anti-aliasing may change between JDKs: the same draws give the same PNG bytes.
 */
final class ScreenImage {

    static final int SIZE = 64;
    private static final int BEZEL = 4;
    private static final int BLUR_RADIUS = 2;

    /** What is on the screen. */
    enum Defect {
        SCRATCH,
        DENT,
        PIT_MARK,
        DISCOLOURATION,
        NONE
    }

    private final float[][] channels = new float[3][SIZE * SIZE];

    /**
     * @param size the defect's size in pixels: a scratch's length, a dent's, pit's or stain's radius
     */
    ScreenImage(Defect defect, double size, SplittableRandom random) {
        double brightness = 84 + 16 * random.nextDouble();
        double reflection = random.nextDouble();
        double cx = 18 + 28 * random.nextDouble();
        double cy = 18 + 28 * random.nextDouble();
        double angle = Math.PI * random.nextDouble();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean bezel = x < BEZEL || y < BEZEL || x >= SIZE - BEZEL || y >= SIZE - BEZEL;
                double glass = brightness
                        + 0.25 * (x - y)
                        + 22 * Math.exp(-square((x + y) / 64.0 - 0.6 - 0.6 * reflection) * 12);
                set(x, y, bezel ? 20 : glass, bezel ? 20 : glass, bezel ? 23 : glass + 4);
            }
        }
        switch (defect) {
            case SCRATCH -> scratch(cx, cy, angle, size);
            case DENT -> dent(cx, cy, angle, size);
            case PIT_MARK -> pit(cx, cy, size);
            case DISCOLOURATION -> stain(cx, cy, size);
            case NONE -> {}
        }
    }

    private void scratch(double cx, double cy, double angle, double length) {
        double dx = Math.cos(angle) * length / 2;
        double dy = Math.sin(angle) * length / 2;
        forScreen((x, y) -> {
            double d = distanceToSegment(x, y, cx - dx, cy - dy, cx + dx, cy + dy);
            double light = 95 * Math.max(0, 1 - d / 1.1);
            add(x, y, light, light, light);
        });
    }

    /** A shallow bowl lit from one side: bright on the side facing the light, dark on the other. */
    private void dent(double cx, double cy, double light, double radius) {
        forScreen((x, y) -> {
            double rx = (x - cx) / radius;
            double ry = (y - cy) / radius;
            double r2 = rx * rx + ry * ry;
            if (r2 < 1) {
                double shade = 70 * (rx * Math.cos(light) + ry * Math.sin(light)) * (1 - r2);
                add(x, y, shade, shade, shade);
            }
        });
    }

    private void pit(double cx, double cy, double radius) {
        forScreen((x, y) -> {
            double d = Math.hypot(x - cx, y - cy) / radius;
            double shade = d < 1 ? -75 * (1 - d * d) : d < 1.6 ? 18 * (1.6 - d) : 0;
            add(x, y, shade, shade, shade);
        });
    }

    /** A yellowish stain fading out at its edge. */
    private void stain(double cx, double cy, double radius) {
        forScreen((x, y) -> {
            double d = Math.hypot(x - cx, y - cy) / radius;
            double strength = d < 1 ? square(1 - d * d) : 0;
            add(x, y, 40 * strength, 28 * strength, -25 * strength);
        });
    }

    /** Out of focus: a box blur run twice over rows and columns, close to a Gaussian. */
    ScreenImage blurred() {
        for (int pass = 0; pass < 2; pass++) {
            for (float[] channel : channels) {
                boxBlur(channel, 1, SIZE);
                boxBlur(channel, SIZE, 1);
            }
        }
        return this;
    }

    /** @param step the distance between neighbours along the blur; {@code lineStep} between lines */
    private static void boxBlur(float[] channel, int step, int lineStep) {
        float[] line = new float[SIZE];
        for (int l = 0; l < SIZE; l++) {
            for (int i = 0; i < SIZE; i++) {
                line[i] = channel[l * lineStep + i * step];
            }
            for (int i = 0; i < SIZE; i++) {
                float sum = 0;
                for (int k = -BLUR_RADIUS; k <= BLUR_RADIUS; k++) {
                    sum += line[Math.min(SIZE - 1, Math.max(0, i + k))];
                }
                channel[l * lineStep + i * step] = sum / (2 * BLUR_RADIUS + 1);
            }
        }
    }

    void writePng(Path file) throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int i = y * SIZE + x;
                image.setRGB(x, y, byteOf(channels[0][i]) << 16 | byteOf(channels[1][i]) << 8 | byteOf(channels[2][i]));
            }
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    @FunctionalInterface
    private interface PixelAction {
        void at(int x, int y);
    }

    private static void forScreen(PixelAction action) {
        for (int y = BEZEL; y < SIZE - BEZEL; y++) {
            for (int x = BEZEL; x < SIZE - BEZEL; x++) {
                action.at(x, y);
            }
        }
    }

    private void set(int x, int y, double r, double g, double b) {
        int i = y * SIZE + x;
        channels[0][i] = (float) r;
        channels[1][i] = (float) g;
        channels[2][i] = (float) b;
    }

    private void add(int x, int y, double r, double g, double b) {
        int i = y * SIZE + x;
        channels[0][i] += (float) r;
        channels[1][i] += (float) g;
        channels[2][i] += (float) b;
    }

    private static int byteOf(float value) {
        return Math.round(Math.min(255, Math.max(0, value)));
    }

    private static double distanceToSegment(double x, double y, double x1, double y1, double x2, double y2) {
        double vx = x2 - x1;
        double vy = y2 - y1;
        double t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
        return Math.hypot(x - x1 - t * vx, y - y1 - t * vy);
    }

    private static double square(double v) {
        return v * v;
    }
}
