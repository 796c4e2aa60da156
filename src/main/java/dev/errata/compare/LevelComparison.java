package dev.errata.compare;

import java.util.List;

/**
 * The models compared on one level of the data: the whole data, a class, a slice or a tag.
 *
 * @param column the slice column (or cross); null for other levels
 * @param name the class, slice value or tag; null for the whole data
 * @param paired the first two models' outcomes on the level's rows
 * @param metrics each model's metrics of the level, in the models' order; an element is null when the level
 *     has none for that model (a class only the other model predicts)
 * @param <M> the metrics record of the level
 */
public record LevelComparison<M>(String column, String name, PairedOutcomes paired, List<M> metrics) {

    public LevelComparison {
        metrics = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(metrics));
    }
}
