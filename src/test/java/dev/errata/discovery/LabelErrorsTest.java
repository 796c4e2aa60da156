package dev.errata.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.CsvImporter;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LabelErrorsTest {

    static final Path NOISY_CLASSES = Path.of("docs/verification/label-errors/noisy_classes.csv");

    @Test
    void flagsTheRowsTheNumpyReferenceFlagsInItsOrder() throws Exception {
        // docs/verification/label-errors: python3 find_label_issues.py noisy_classes.csv, a numpy transcription
        // of cleanlab's compute_confident_joint and find_label_issues (prune_by_noise_rate, self_confidence),
        // printed the confident joint [[129, 7, 12], [7, 117, 7], [8, 8, 105]] and these 48 ids, best first
        LoadedData loaded = new CsvImporter().load(ImportRequest.of(NOISY_CLASSES), Progress.NONE);

        LabelErrors found = LabelErrors.of(loaded.dataset(), loaded.roles());

        assertThat(found.confidentJoint()).isDeepEqualTo(new long[][] {{129, 7, 12}, {7, 117, 7}, {8, 8, 105}});
        assertThat(found.suspects())
                .extracting(s -> loaded.dataset().rowId(s.row()))
                .containsExactly(
                        "r370", "r182", "r159", "r129", "r320", "r343", "r146", "r324", "r190", "r313", "r202", "r206",
                        "r223", "r252", "r364", "r89", "r19", "r87", "r224", "r237", "r12", "r248", "r261", "r152",
                        "r82", "r354", "r29", "r71", "r373", "r260", "r326", "r63", "r311", "r293", "r196", "r386",
                        "r75", "r16", "r136", "r78", "r344", "r240", "r213", "r303", "r172", "r253", "r61", "r345");
        assertThat(found.rowsConsidered()).isEqualTo(400);
    }

    @Test
    void theConfidentJointCountsEachRowUnderItsConfidentClassAndIsCalibratedToTheLabelCounts() {
        // thresholds: class a = mean(.9, .8, .3) = 2/3, class b = mean(.6, .7) = .65
        // row 0 a(.9,.1) → a; row 1 a(.8,.2) → a; row 2 a(.3,.7) → b; row 3 b(.4,.6) → none (.6 < .65);
        // row 4 b(.3,.7) → b. Raw joint [[2, 1], [0, 1]]; calibrated, row b's one row scales to its 2 labels
        int[] labels = {0, 0, 0, 1, 1};
        double[][] p = {{.9, .1}, {.8, .2}, {.3, .7}, {.4, .6}, {.3, .7}};

        assertThat(ConfidentJoint.thresholds(labels, p, 2)).containsExactly(new double[] {2.0 / 3, .65}, within(1e-12));
        assertThat(ConfidentJoint.of(labels, p, 2)).isDeepEqualTo(new long[][] {{2, 1}, {0, 2}});
    }

    @Test
    void aRowConfidentOfSeveralClassesGoesToTheMostProbableAndOfNoneIsNotCounted() {
        double[] thresholds = {.3, .3, .9};
        assertThat(ConfidentJoint.confidentClass(new double[] {.35, .45, .2}, thresholds))
                .isEqualTo(1);
        assertThat(ConfidentJoint.confidentClass(new double[] {.2, .2, .6}, thresholds))
                .isEqualTo(-1);
        // both a and b reach their thresholds, c does not but is the most probable: cleanlab takes the argmax
        assertThat(ConfidentJoint.confidentClass(new double[] {.31, .31, .38}, thresholds))
                .isEqualTo(2);
    }

    @Test
    void roundingKeepsTheRowTotalRaisingTheLargestRemaindersFirst() {
        // numpy: round([.5, .5, 1.]) = [0, 0, 1] sums to 1, the total rounds to 2; argsort of the remainders
        // [.5, .5, 0] reversed is [1, 0, 2], so the second value is raised
        assertThat(RoundedCounts.preservingSum(new double[] {.5, .5, 1})).containsExactly(0, 1, 1);
        // [2.4, 2.4, 2.2] rounds to 6 of 7; the remainders tie, numpy raises the second: [2, 3, 2]
        assertThat(RoundedCounts.preservingSum(new double[] {2.4, 2.4, 2.2})).containsExactly(2, 3, 2);
    }

    @Test
    void aBinaryScoreIsThePositiveClassProbability() {
        // 10 rows labelled "no" with scores .1, and one labelled "no" at .95; 10 labelled "yes" at .9
        DatasetBuilder builder = new DatasetBuilder("b");
        String[] labels = new String[21];
        double[] scores = new double[21];
        for (int i = 0; i < 21; i++) {
            labels[i] = i < 11 ? "no" : "yes";
            scores[i] = i < 10 ? .1 : i == 10 ? .95 : .9;
        }
        Dataset data = builder.categorical("y", labels).numeric("s", scores).build();

        LabelErrors found = LabelErrors.of(data, new ColumnRoles(null, "y", null, "s", null, Task.BINARY, "yes"));

        assertThat(found.classes()).containsExactly("no", "yes");
        assertThat(found.suspects()).singleElement().satisfies(s -> {
            assertThat(s.row()).isEqualTo(10);
            assertThat(s.given()).isZero();
            assertThat(s.suggested()).isEqualTo(1);
            assertThat(s.selfConfidence()).isCloseTo(.05, within(1e-12));
        });
    }

    @Test
    void dataWithoutProbabilitiesIsRefusedInWords() {
        Dataset data = new DatasetBuilder("plain.csv")
                .categorical("y", "a", "b")
                .categorical("p", "a", "a")
                .build();

        assertThatThrownBy(() -> LabelErrors.of(data, new ColumnRoles(null, "y", "p", null, null, Task.BINARY, null)))
                .hasMessageContaining("plain.csv has no score column");
        assertThatThrownBy(() -> LabelErrors.of(
                        new DatasetBuilder("r.csv")
                                .numeric("y", 1, 2)
                                .numeric("p", 1, 2)
                                .build(),
                        new ColumnRoles(null, "y", "p", null, null, Task.REGRESSION, null)))
                .hasMessage("label errors need a classification; r.csv is a regression");
    }
}
