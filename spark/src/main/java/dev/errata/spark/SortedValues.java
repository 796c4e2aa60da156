package dev.errata.spark;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Order statistics of a numeric column, exact: Spark sorts the values across the cluster (one shuffle) and
 * only the values at the ranks asked come back to the driver.
 */
final class SortedValues {

    private SortedValues() {}

    /**
     * @param values one column of numbers, none missing
     * @param ranks 0-based ranks in ascending order of the values
     * @return the value at each rank, in the order of {@code ranks}
     */
    static double[] at(Dataset<Row> values, long[] ranks) {
        String name = values.columns()[0];
        Map<Long, Double> atRank =
                values
                        .sort(name)
                        .javaRDD()
                        .zipWithIndex()
                        .filter(ranked -> contains(ranks, ranked._2()))
                        .collect()
                        .stream()
                        .collect(Collectors.toMap(
                                ranked -> ranked._2(), ranked -> ranked._1().getDouble(0), (a, b) -> a));
        double[] at = new double[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            at[i] = atRank.get(ranks[i]);
        }
        return at;
    }

    private static boolean contains(long[] ranks, long rank) {
        for (long r : ranks) {
            if (r == rank) {
                return true;
            }
        }
        return false;
    }
}
