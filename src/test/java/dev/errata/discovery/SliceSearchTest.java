package dev.errata.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Progress;
import dev.errata.metrics.MetricsSettings;
import dev.errata.tags.Rule;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagMembership;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class SliceSearchTest {

    private static SliceSuggestions search(Dataset data, SearchSettings settings) {
        return SliceSearch.run(data, PlantedData.ROLES, MetricsSettings.defaults(), List.of(), settings, Progress.NONE);
    }

    @Test
    void aPlantedConjunctionOfTwoConditionsComesFirst() {
        PlantedData planted = new PlantedData(5000, 1);
        Dataset data = planted.withErrors(
                row -> planted.device[row].equals("ios") && planted.plan[row].equals("pro"), 0.7, 0.1, 2);

        SliceSuggestions found = search(data, SearchSettings.DEFAULT);

        assertThat(found.suggestions()).isNotEmpty();
        Suggestion first = found.suggestions().get(0);
        assertThat(first.rule()).isEqualTo("device == \"ios\" and plan == \"pro\"");
        assertThat(first.errorRate().value()).isBetween(0.6, 0.8);
        assertThat(first.qValue()).isLessThan(1e-6);
    }

    @Test
    void aWordOfFreeTextJoinsAConditionOfAnotherColumn() {
        PlantedData planted = new PlantedData(6000, 11);
        String[] who = {"The customer", "A user", "Our client"};
        String[] topic = {"refund", "praise", "crash", "discount"};
        String[] when = {"today.", "yesterday!", "again"};
        SplittableRandom random = new SplittableRandom(12);
        String[] comment = new String[6000];
        for (int row = 0; row < comment.length; row++) {
            comment[row] =
                    who[random.nextInt(3)] + " mentioned " + topic[random.nextInt(4)] + " " + when[random.nextInt(3)];
        }
        Dataset errors = planted.withErrors(
                row -> comment[row].contains("refund") && planted.plan[row].equals("pro"), 0.7, 0.1, 13);
        DatasetBuilder withComment = new DatasetBuilder("planted");
        errors.columns().forEach(withComment::column);
        Dataset data = withComment.categorical("comment", comment).build();

        List<Suggestion> found = search(data, SearchSettings.DEFAULT).suggestions();

        assertThat(found.get(0).rule()).isEqualTo("plan == \"pro\" and comment contains \"refund\"");
        assertThat(found.get(0).conditions().get(1).op()).isEqualTo("contains");
        assertThat(found.get(0).rows())
                .isEqualTo(Rule.parse(found.get(0).rule()).evaluate(data));
    }

    @Test
    void aPocketAcrossTwoBinsIsOneRangeOfThem() {
        PlantedData planted = new PlantedData(6000, 21);
        IntPredicate pocket =
                row -> planted.device[row].equals("tv") && planted.snr[row] >= 12 && planted.snr[row] < 20;
        Dataset data = planted.withErrors(pocket, 0.7, 0.1, 22);

        Suggestion first = search(data, SearchSettings.DEFAULT).suggestions().get(0);

        // snr is uniform on [0, 40]: its deciles fall near 12, 16 and 20, so two adjacent bins hold the pocket
        assertThat(first.conditions()).extracting(SliceCondition::column).containsExactly("device", "snr", "snr");
        assertThat(first.conditions()).extracting(SliceCondition::op).containsExactly("==", ">=", "<");
        RoaringBitmap pocketRows = new RoaringBitmap();
        IntStream.range(0, 6000).filter(pocket).forEach(pocketRows::add);
        double jaccard = (double) RoaringBitmap.andCardinality(first.rows(), pocketRows)
                / RoaringBitmap.orCardinality(first.rows(), pocketRows);
        assertThat(jaccard).as(first.rule()).isGreaterThan(0.9);
    }

    @Test
    void twoPlantedPocketsOfDifferentColumnsAreTheFirstTwo() {
        PlantedData planted = new PlantedData(8000, 3);
        Dataset data = planted.withErrors(
                row -> planted.device[row].equals("web") && planted.floor[row] == 2
                        || planted.country[row].equals("Côte d'Ivoire") && planted.snr[row] >= 36,
                0.8,
                0.08,
                4);

        List<String> rules = search(data, SearchSettings.DEFAULT).suggestions().stream()
                .map(Suggestion::rule)
                .toList();

        // snr is cut at its deciles, which the data puts near 36 but not on it: the top bin, snr >= 35.817, is the
        // pocket.
        // The second pocket is smaller, so only parts of the first, as bad and larger, may rank above it.
        assertThat(rules.get(0)).isEqualTo("device == \"web\" and floor == 2");
        int second = rules.indexOf("`home country` == \"Côte d'Ivoire\" and snr >= 35.817");
        assertThat(second).as(String.join("\n", rules)).isPositive();
        assertThat(rules.subList(0, second))
                .allMatch(rule -> rule.contains("device == \"web\"") && rule.contains("floor == 2"));
    }

    @Test
    void eachRuleParsesAndSelectsExactlyTheSlicesRows() {
        PlantedData planted = new PlantedData(3000, 5);
        Dataset data = planted.withErrors(
                row -> planted.country[row].equals("Côte d'Ivoire") && planted.snr[row] < 12, 0.6, 0.15, 6);
        SearchSettings settings = new SearchSettings(3, 40, 0.99, 40, true, List.of());

        SliceSearch.Lattice lattice =
                SliceSearch.search(data, PlantedData.ROLES, MetricsSettings.defaults(), settings, 40, Progress.NONE);
        assertThat(lattice.top()).hasSize(40);
        for (SliceLattice.EvaluatedSlice slice : lattice.top()) {
            String rule =
                    lattice.conditions(slice).stream().map(SliceCondition::rule).collect(Collectors.joining(" and "));
            assertThat(Rule.parse(rule).evaluate(data))
                    .as(rule)
                    .isEqualTo(RowWords.toBitmap(lattice.lattice().rows(slice)));
        }
        for (Suggestion suggestion : search(data, settings).suggestions()) {
            assertThat(Rule.parse(suggestion.rule()).evaluate(data))
                    .as(suggestion.rule())
                    .isEqualTo(suggestion.rows());
            assertThat(suggestion.size()).isEqualTo(suggestion.rows().getCardinality());
        }
    }

    @Test
    void figuresOfASuggestionAreItsCountsOverTheWholeData() {
        PlantedData planted = new PlantedData(4000, 7);
        Dataset data = planted.withErrors(row -> planted.plan[row].equals("team"), 0.5, 0.1, 8);

        SliceSuggestions found = search(data, SearchSettings.DEFAULT);
        Suggestion first = found.suggestions().get(0);
        RoaringBitmap errors = dev.errata.metrics.ErrorRows.of(data, PlantedData.ROLES, MetricsSettings.defaults())
                .errors();
        int inSlice = RoaringBitmap.andCardinality(errors, first.rows());

        assertThat(first.rule()).isEqualTo("plan == \"team\"");
        assertThat(first.errors()).isEqualTo(inSlice);
        assertThat(first.errorShare()).isCloseTo((double) inSlice / errors.getCardinality(), within(1e-12));
        double overall = (double) errors.getCardinality() / 4000;
        assertThat(first.lift()).isCloseTo((double) inSlice / first.size() / overall, within(1e-12));
        assertThat(first.pValue())
                .isCloseTo(FisherTest.upperTail(4000, errors.getCardinality(), first.size(), inSlice), within(1e-15));
        assertThat(first.errorRate().low()).isLessThan(first.errorRate().value());
        assertThat(first.errorRate().high()).isGreaterThan(first.errorRate().value());
    }

    @Test
    void aTagThatHoldsTheSliceIsNamedWithItsOverlap() {
        PlantedData planted = new PlantedData(4000, 9);
        Dataset data = planted.withErrors(row -> planted.plan[row].equals("team"), 0.5, 0.1, 10);
        TagMembership team =
                TagMembership.derived(data, TagDefinition.rule("team plan", "#336699", "plan == \"team\""));
        TagMembership all = TagMembership.derived(data, TagDefinition.rule("everyone", "#336699", "floor >= 0"));

        Suggestion first = SliceSearch.run(
                        data,
                        PlantedData.ROLES,
                        MetricsSettings.defaults(),
                        List.of(all, team),
                        SearchSettings.DEFAULT,
                        Progress.NONE)
                .suggestions()
                .get(0);

        assertThat(first.overlaps()).extracting(TagOverlap::tag).containsExactly("team plan", "everyone");
        assertThat(first.overlaps().get(0).jaccard()).isEqualTo(1.0);
        assertThat(first.overlaps().get(1).share()).isEqualTo(1.0);
        assertThat(first.overlaps().get(1).jaccard()).isCloseTo(first.size() / 4000.0, within(1e-12));
    }

    /**
     * With errors independent of every column, BH at 5% over every slice evaluated keeps the chance of
     * showing any suggestion at about 5% or below (all findings are false, so FDR is the chance of any).
     * 200 seeded data sets: a true rate of 5% would give 10 runs (standard deviation 3.1); 18 is 2.6 of
     * them above it.
     */
    @Test
    void withoutAPocketSuggestionsAppearInAtMostAboutFivePercentOfRuns() {
        int runsWithAny = 0;
        for (int seed = 0; seed < 200; seed++) {
            PlantedData planted = new PlantedData(2000, 1000 + seed);
            Dataset data = planted.withErrors(row -> false, 0, 0.2, 5000 + seed);
            if (!search(data, SearchSettings.DEFAULT).suggestions().isEmpty()) {
                runsWithAny++;
            }
        }
        assertThat(runsWithAny).isLessThanOrEqualTo(18);
    }

    @Test
    void noErrorsNoSuggestions() {
        PlantedData planted = new PlantedData(500, 11);
        SliceSuggestions found = search(planted.withErrors(row -> false, 0, 0, 12), SearchSettings.DEFAULT);
        assertThat(found.suggestions()).isEmpty();
        assertThat(found.evaluated()).isZero();
    }
}
