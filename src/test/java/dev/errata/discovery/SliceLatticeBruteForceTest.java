package dev.errata.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.QuantileBins;
import dev.errata.metrics.SliceRule;
import dev.errata.tags.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roaringbitmap.RoaringBitmap;

/**
 * The pruned lattice search against brute force: every slice of one or two conditions enumerated through
 * the rule language, scored by the formula written out here, and the top K compared score by score.
 */
class SliceLatticeBruteForceTest {

    private record Scored(String rule, double score) {}

    @ParameterizedTest
    @CsvSource({"21, 0.95, 5, 20", "22, 0.95, 20, 20", "23, 0.7, 10, 60", "24, 0.5, 10, 30", "25, 0.99, 30, 40"})
    void theTopSlicesOfTwoConditionsAreThoseOfBruteForce(long seed, double alpha, int k, int minSupport) {
        PlantedData planted = new PlantedData(1500, seed);
        Dataset data = planted.withErrors(
                row -> planted.plan[row].equals("pro") && planted.snr[row] < 20, 0.35, 0.15, seed + 100);

        SliceSearch.Lattice lattice = SliceSearch.search(
                data,
                PlantedData.ROLES,
                MetricsSettings.defaults(),
                new SearchSettings(2, k, alpha, minSupport, true, List.of()),
                k,
                Progress.NONE);
        List<Scored> found = lattice.top().stream()
                .map(slice -> new Scored(
                        lattice.conditions(slice).stream()
                                .map(SliceCondition::rule)
                                .collect(Collectors.joining(" and ")),
                        slice.score()))
                .toList();
        List<Scored> expected = bruteForce(data, alpha, minSupport);

        assertThat(found).hasSize(Math.min(k, expected.size()));
        for (int i = 0; i < found.size(); i++) {
            assertThat(found.get(i).score())
                    .as("rank %d", i)
                    .isCloseTo(expected.get(i).score(), within(1e-12));
            // scores tie only by accident of the data; where they are apart, the slices must be the same
            boolean tied = i + 1 < expected.size()
                            && Math.abs(expected.get(i + 1).score()
                                            - expected.get(i).score())
                                    < 1e-12
                    || i > 0
                            && Math.abs(expected.get(i - 1).score()
                                            - expected.get(i).score())
                                    < 1e-12;
            if (!tied) {
                // the same rows: the search writes a range open at an end as one comparison
                assertThat(Rule.parse(found.get(i).rule()).evaluate(data))
                        .as(
                                "%s against %s",
                                found.get(i).rule(), expected.get(i).rule())
                        .isEqualTo(Rule.parse(expected.get(i).rule()).evaluate(data));
            }
        }
    }

    private static List<Scored> bruteForce(Dataset data, double alpha, int minSupport) {
        RoaringBitmap errors = ErrorRows.of(data, PlantedData.ROLES, MetricsSettings.defaults())
                .errors();
        int n = data.rowCount();
        double overall = (double) errors.getCardinality() / n;
        List<List<String>> columns = new ArrayList<>();
        for (String name : List.of("device", "plan", "home country", "snr", "floor")) {
            columns.add(basicRules(data, name));
        }
        List<Scored> all = new ArrayList<>();
        for (int a = 0; a < columns.size(); a++) {
            for (String first : columns.get(a)) {
                RoaringBitmap rowsA = Rule.parse(first).evaluate(data);
                add(all, first, rowsA, errors, n, overall, alpha, minSupport);
                for (int b = a + 1; b < columns.size(); b++) {
                    for (String second : columns.get(b)) {
                        RoaringBitmap both =
                                RoaringBitmap.and(rowsA, Rule.parse(second).evaluate(data));
                        add(all, first + " and " + second, both, errors, n, overall, alpha, minSupport);
                    }
                }
            }
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed());
        return all;
    }

    private static void add(
            List<Scored> all,
            String rule,
            RoaringBitmap rows,
            RoaringBitmap errors,
            int n,
            double overall,
            double alpha,
            int minSupport) {
        int size = rows.getCardinality();
        if (size < minSupport) {
            return;
        }
        double rate = (double) RoaringBitmap.andCardinality(rows, errors) / size;
        double score = alpha * (rate / overall - 1) - (1 - alpha) * ((double) n / size - 1);
        if (score > 0) {
            all.add(new Scored(rule, score));
        }
    }

    /** Each value of a text column; each value of a numeric one, or each decile bin and pair of adjacent ones. */
    private static List<String> basicRules(Dataset data, String name) {
        List<String> rules = new ArrayList<>();
        if (data.column(name) instanceof CategoricalColumn text) {
            text.levels().forEach(level -> rules.add(SliceRule.equalTo(name, level)));
        } else {
            QuantileBins bins = QuantileBins.of(((NumericColumn) data.column(name)).values(), 10);
            int last = bins.binCount() - 1;
            for (int bin = 0; bin <= last; bin++) {
                if (bins.eachValue()) {
                    rules.add(SliceRule.equalTo(name, bins.low(bin)));
                    continue;
                }
                rules.add(SliceRule.between(name, bins.low(bin), bins.high(bin), bin == last));
                if (bin + 1 <= last && !(bin == 0 && bin + 1 == last)) {
                    rules.add(SliceRule.between(name, bins.low(bin), bins.high(bin + 1), bin + 1 == last));
                }
            }
        }
        return rules;
    }
}
