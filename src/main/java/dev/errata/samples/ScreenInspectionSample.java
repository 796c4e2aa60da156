package dev.errata.samples;

import static dev.errata.samples.RandomDraws.gaussian;
import static dev.errata.samples.RandomDraws.pick;

import dev.errata.samples.ScreenImage.Defect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A visual inspection model on phone screens photographed at the end of the line: each row an image
 * ({@code images/NNNNN.png}, relative to the CSV), the inspection station, the true defect class, the
 * model's class probabilities and its predicted class. Planted for the analyst: blurry photos, which
 * come mostly from one station's camera, are misclassified far more often; and dents and pit marks are
 * taken for one another (a small dent looks like a pit mark).
 */
public final class ScreenInspectionSample {

    public static final List<String> CLASSES = List.of("scratch", "dent", "pit_mark", "discolouration", "none");
    public static final String BLURRY_STATION = "S3";
    static final String IMAGES = "images";
    private static final String[] STATIONS = {"S1", "S2", BLURRY_STATION, "S4"};
    private static final double SMALL_DENT = 4.5;

    /** What an analyst sees in an image that the file does not say. */
    record Seen(boolean blurry, boolean smallDent) {}

    private final int rows;
    private final long seed;

    public ScreenInspectionSample(int rows, long seed) {
        this.rows = rows;
        this.seed = seed;
    }

    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("id", "image", "station", "label", "prediction"));
        CLASSES.forEach(c -> columns.add("prob_" + c));
        return columns;
    }

    /** Writes the CSV as {@code csv} and the images beside it; returns what each row shows, in row order. */
    public List<Seen> write(Path csv) throws IOException {
        Path images = Files.createDirectories(csv.resolveSibling(IMAGES));
        List<Seen> seen = new ArrayList<>(rows);
        try {
            SampleCsv.write(csv, columns(), rows, seed, (id, random) -> screen(id, random, images, seen));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return seen;
    }

    private static List<Object> screen(int id, SplittableRandom random, Path images, List<Seen> seen) {
        String station = STATIONS[random.nextInt(STATIONS.length)];
        boolean blurry = random.nextDouble() < (station.equals(BLURRY_STATION) ? 0.4 : 0.05);
        int truth = pick(random, 0.18, 0.15, 0.15, 0.12);
        Defect defect = Defect.values()[truth];
        double size = switch (defect) {
            case SCRATCH -> 16 + 18 * random.nextDouble();
            case DENT -> 3.5 + 4.5 * random.nextDouble();
            case PIT_MARK -> 1.6 + 1.4 * random.nextDouble();
            case DISCOLOURATION -> 8 + 8 * random.nextDouble();
            case NONE -> 0;
        };
        boolean smallDent = defect == Defect.DENT && size < SMALL_DENT;
        seen.add(new Seen(blurry, smallDent));
        String image = String.format(Locale.ROOT, "%s/%05d.png", IMAGES, id);
        ScreenImage picture = new ScreenImage(defect, size, random);
        try {
            (blurry ? picture.blurred() : picture).writePng(images.resolveSibling(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        double[] probabilities = modelProbabilities(defect, blurry, smallDent, random);
        int predicted = 0;
        for (int c = 1; c < probabilities.length; c++) {
            predicted = probabilities[c] > probabilities[predicted] ? c : predicted;
        }
        List<Object> row = new ArrayList<>(List.of(id, image, station, CLASSES.get(truth), CLASSES.get(predicted)));
        for (double p : probabilities) {
            row.add(String.format(Locale.ROOT, "%.4f", p));
        }
        return row;
    }

    /** The model's softmax: sure of the true class on sharp images, torn between dent and pit mark, and drawn to "none" when blur hides the defect. */
    private static double[] modelProbabilities(
            Defect defect, boolean blurry, boolean smallDent, SplittableRandom random) {
        double[] logits = new double[CLASSES.size()];
        for (int c = 0; c < logits.length; c++) {
            logits[c] = 0.7 * gaussian(random);
        }
        logits[defect.ordinal()] += 3.4;
        if (defect == Defect.DENT) {
            logits[Defect.PIT_MARK.ordinal()] += smallDent ? 3.6 : 2.2;
        } else if (defect == Defect.PIT_MARK) {
            logits[Defect.DENT.ordinal()] += 2.4;
        }
        if (blurry) {
            for (int c = 0; c < logits.length; c++) {
                logits[c] *= 0.35;
            }
            logits[Defect.NONE.ordinal()] += 1.1;
        }
        double sum = 0;
        double[] probabilities = new double[logits.length];
        for (int c = 0; c < logits.length; c++) {
            probabilities[c] = Math.exp(logits[c]);
            sum += probabilities[c];
        }
        for (int c = 0; c < logits.length; c++) {
            probabilities[c] /= sum;
        }
        return probabilities;
    }
}
