package dev.errata.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's evaluation file: an id, 10 numeric and 5 categorical features, a binary label, the
 * model's prediction and score, and K boolean tag columns. Every value is generated without commas or
 * quotes, so it is written directly rather than through a CSV printer: a million rows take seconds, not
 * a minute.
 */
public final class BenchmarkData {

    public static final int NUMERIC = 10;
    public static final String[][] CATEGORIES = {
        {"android", "ios", "web"},
        {"de", "fr", "es", "it", "uk", "us", "br", "in"},
        {"free", "pro", "team"},
        {"morning", "afternoon", "evening", "night"},
        {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}
    };

    private final int rows;
    private final int tags;
    private final long seed;

    public BenchmarkData(int rows, int tags, long seed) {
        this.rows = rows;
        this.tags = tags;
        this.seed = seed;
    }

    public List<String> columns() {
        List<String> names = new ArrayList<>(List.of("id"));
        for (int i = 0; i < NUMERIC; i++) {
            names.add("x" + i);
        }
        for (int i = 0; i < CATEGORIES.length; i++) {
            names.add("c" + i);
        }
        names.addAll(List.of("label", "prediction", "score"));
        for (int i = 0; i < tags; i++) {
            names.add("tag_" + i);
        }
        return names;
    }

    public void write(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", columns()));
            out.write('\n');
            StringBuilder line = new StringBuilder(512);
            for (int id = 1; id <= rows; id++) {
                line.setLength(0);
                row(id, random, line);
                out.append(line);
            }
        }
    }

    private void row(int id, SplittableRandom random, StringBuilder line) {
        line.append(id);
        double signal = 0;
        for (int i = 0; i < NUMERIC; i++) {
            double x = random.nextGaussian();
            signal += i < 3 ? x : 0;
            line.append(',').append(Math.round(x * 1e6) / 1e6);
        }
        for (String[] levels : CATEGORIES) {
            line.append(',').append(levels[random.nextInt(levels.length)]);
        }
        boolean positive = random.nextDouble() < 1 / (1 + Math.exp(-signal));
        double score = 1 / (1 + Math.exp(-(0.8 * signal + random.nextGaussian())));
        line.append(',')
                .append(positive ? 1 : 0)
                .append(',')
                .append(score >= 0.5 ? 1 : 0)
                .append(',')
                .append(score);
        for (int t = 0; t < tags; t++) {
            line.append(',').append(random.nextDouble() < 0.02 + 0.01 * t ? "true" : "false");
        }
        line.append('\n');
    }
}
