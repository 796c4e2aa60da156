package dev.errata.samples;

import static dev.errata.samples.RandomDraws.clamp;
import static dev.errata.samples.RandomDraws.gaussian;
import static dev.errata.samples.RandomDraws.pick;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A house price model on last year's sales: region, size, rooms, age and condition, the sale price and the
 * model's predicted price. Planted for the analyst: in the Harbour region many large houses face the sea,
 * which the features do not say, so the model under-predicts large Harbour houses by about a third.
 */
public final class HousePriceSample {

    public static final List<String> COLUMNS =
            List.of("id", "region", "size_m2", "size_band", "rooms", "age", "condition", "price", "predicted_price");
    public static final String REGION = "Harbour";
    public static final int LARGE_M2 = 150;
    private static final String[] REGIONS = {"Old Town", "Riverside", REGION, "Northgate", "Hillcrest"};
    private static final double[] PRICE_PER_M2 = {5200, 4300, 4600, 3100, 3800};
    private static final String[] CONDITIONS = {"poor", "fair", "good", "excellent"};
    private static final double[] CONDITION_FACTOR = {0.8, 0.92, 1.0, 1.12};
    private static final double SEA_VIEW_PREMIUM = 0.4;

    private final int rows;
    private final long seed;

    public HousePriceSample(int rows, long seed) {
        this.rows = rows;
        this.seed = seed;
    }

    /** Writes the CSV, the same bytes for the same rows and seed; returns, in row order, whether each house faces the sea. */
    public List<Boolean> write(Path file) throws IOException {
        List<Boolean> seaViews = new ArrayList<>(rows);
        SampleCsv.write(file, COLUMNS, rows, seed, (id, random) -> sale(id, random, seaViews));
        return seaViews;
    }

    private static List<Object> sale(int id, SplittableRandom random, List<Boolean> seaViews) {
        int region = pick(random, 0.18, 0.24, 0.2, 0.2);
        int size = (int) Math.round(clamp(Math.exp(Math.log(100) + 0.38 * gaussian(random)), 28, 340));
        int rooms = (int) Math.max(1, Math.round(size / 28.0 + 0.6 * gaussian(random)));
        int age = (int) Math.round(clamp(35 + 25 * gaussian(random), 0, 120));
        int condition = pick(random, 0.1, 0.3, 0.45);
        boolean seaView = REGIONS[region].equals(REGION) && random.nextDouble() < (size >= LARGE_M2 ? 0.7 : 0.08);
        seaViews.add(seaView);

        double value = PRICE_PER_M2[region] * size * CONDITION_FACTOR[condition] * (1 - 0.002 * Math.min(age, 60));
        double price = value * (seaView ? 1 + SEA_VIEW_PREMIUM : 1) * Math.exp(0.05 * gaussian(random));
        double predicted = value * Math.exp(0.04 * gaussian(random));
        return List.of(
                id,
                REGIONS[region],
                size,
                sizeBand(size),
                rooms,
                age,
                CONDITIONS[condition],
                Math.round(price / 1000) * 1000,
                Math.round(predicted / 1000) * 1000);
    }

    static String sizeBand(int size) {
        if (size < 70) {
            return "<70";
        }
        if (size < 100) {
            return "70-99";
        }
        return size < LARGE_M2 ? "100-149" : LARGE_M2 + "+";
    }
}
