package dev.errata.discovery;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Seeded evaluation data for the slice search: text columns {@code device} (4 values), {@code plan} (3) and
 * {@code `home country`} (5, one with a quote), numbers {@code snr} (continuous) and {@code floor} (3 values),
 * and a label and prediction that differ at {@code baseRate}, or at {@code pocketRate} inside a pocket.
 */
final class PlantedData {

    static final ColumnRoles ROLES = new ColumnRoles(null, "y", "p", null, null, Task.BINARY, null);
    static final String[] DEVICES = {"android", "ios", "web", "tv"};
    static final String[] PLANS = {"free", "pro", "team"};
    static final String[] COUNTRIES = {"de", "fr", "it", "Côte d'Ivoire", "us"};

    final String[] device;
    final String[] plan;
    final String[] country;
    final double[] snr;
    final double[] floor;
    private final int rows;

    PlantedData(int rows, long seed) {
        this.rows = rows;
        SplittableRandom random = new SplittableRandom(seed);
        device = new String[rows];
        plan = new String[rows];
        country = new String[rows];
        snr = new double[rows];
        floor = new double[rows];
        for (int row = 0; row < rows; row++) {
            device[row] = DEVICES[random.nextInt(DEVICES.length)];
            plan[row] = PLANS[random.nextInt(PLANS.length)];
            country[row] = COUNTRIES[random.nextInt(COUNTRIES.length)];
            snr[row] = Math.round(random.nextDouble() * 40 * 1000) / 1000.0;
            floor[row] = random.nextInt(3);
        }
    }

    /** The data with errors drawn at {@code pocketRate} in the pocket and {@code baseRate} elsewhere. */
    Dataset withErrors(IntPredicate pocket, double pocketRate, double baseRate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] label = new String[rows];
        String[] prediction = new String[rows];
        for (int row = 0; row < rows; row++) {
            label[row] = random.nextBoolean() ? "yes" : "no";
            boolean error = random.nextDouble() < (pocket.test(row) ? pocketRate : baseRate);
            prediction[row] = error == label[row].equals("yes") ? "no" : "yes";
        }
        return new DatasetBuilder("planted")
                .categorical("device", device)
                .categorical("plan", plan)
                .categorical("home country", country)
                .numeric("snr", snr)
                .numeric("floor", floor)
                .categorical("y", label)
                .categorical("p", prediction)
                .build();
    }
}
