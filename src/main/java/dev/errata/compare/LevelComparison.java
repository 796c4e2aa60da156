package dev.errata.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The models compared on one level of the data: the whole data, a class, a slice or a tag.
 *
 * @param column the slice column (or cross); null for other levels
 * @param name the class, slice value or tag; null for the whole data
 * @param paired the first two models' outcomes on the level's rows
 * @param metrics each model's metrics of the level, in the models' order; an element is null when the level
 *     has none for that model (a class only the other model predicts)
 * @param accuracy each model's accuracy on the level, from its metrics (a class's recall, a hand tag's
 *     estimate); NaN where unknown
 * @param <M> the metrics record of the level
 */
public record LevelComparison<M>(
        String column, String name, PairedOutcomes paired, List<M> metrics, List<Double> accuracy) {

    public LevelComparison {
        metrics = Collections.unmodifiableList(new ArrayList<>(metrics));
        accuracy = List.copyOf(accuracy);
    }

    /** The level with each model's accuracy read from its metrics, NaN where a model has none. */
    static <M> LevelComparison<M> of(
            String column, String name, PairedOutcomes paired, List<M> metrics, ToDoubleFunction<M> accuracy) {
        List<Double> accuracies = metrics.stream()
                .map(m -> m == null ? Double.NaN : accuracy.applyAsDouble(m))
                .toList();
        return new LevelComparison<>(column, name, paired, metrics, accuracies);
    }
}
