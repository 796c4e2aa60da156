package dev.errata.metrics.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.TagInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class CheckEvaluatorTest {

    /*
     * Positive class exit. Rows 0 and 4 are true positives, 1 and 6 false negatives, 3 a false positive,
     * 2, 5 and 7 true negatives: errors 1, 3, 6, accuracy 5/8.
     * sex F = rows 0, 1, 2, 7: TPR 1/2, FPR 0/2, accuracy 3/4. sex M = rows 3–6: TPR 1/2, FPR 1/2, accuracy 2/4.
     */
    private static final Dataset DATA = new DatasetBuilder("loans")
            .categorical("y", "exit", "exit", "stay", "stay", "exit", "stay", "exit", "stay")
            .categorical("p", "exit", "stay", "stay", "exit", "exit", "stay", "stay", "stay")
            .categorical("sex", "F", "F", "F", "M", "M", "M", "M", "F")
            .build();
    private static final ColumnRoles ROLES = new ColumnRoles(null, "y", "p", null, null, Task.BINARY, "exit");
    /** car noise = rows 1, 3, 4: errors 1 and 3, so error rate 2/3, error share 2/3, prevalence 3/8. */
    private static final List<TagInput> TAGS = List.of(
            TagInput.overAllRows("car noise", RoaringBitmap.bitmapOf(1, 3, 4), 8, 0.9),
            TagInput.overAllRows("empty", new RoaringBitmap(), 8, Double.NaN));

    private static CheckResult evaluate(String text) {
        return CheckEvaluator.evaluate(List.of(Check.parse(text)), DATA, ROLES, MetricsSettings.defaults(), TAGS)
                .get(0);
    }

    private static void assertValue(String text, double value, boolean passed) {
        CheckResult result = evaluate(text);
        assertThat(result.value()).as(text).isCloseTo(value, within(1e-12));
        assertThat(result.passed()).as(text).isEqualTo(passed);
        assertThat(result.reason()).isNull();
    }

    @Test
    void checksOnTheWholeData() {
        assertValue("accuracy >= 0.6", 0.625, true);
        assertValue("accuracy >= 62.5%", 0.625, true);
        assertValue("accuracy > 0.625", 0.625, false);
        assertValue("errors <= 2", 3, false);
        assertValue("fpr < 0.3", 0.25, true);
    }

    @Test
    void checksOnATagAndAClass() {
        assertValue("accuracy >= 0.92 on tag \"car noise\"", 1.0 / 3, false);
        assertValue("error_share <= 0.7 on tag \"car noise\"", 2.0 / 3, true);
        assertValue("prevalence < 0.4 on tag \"car noise\"", 3.0 / 8, true);
        // headroom max(0, 0.9 − 1/3) times prevalence 3/8
        assertValue("potential_gain >= 0.2 on tag \"car noise\"", (0.9 - 1.0 / 3) * 3 / 8, true);
        // exit: predicted for rows 0, 3, 4, of which 0 and 4 are right; 2 of the 4 leavers found
        assertValue("recall >= 0.8 on class \"exit\"", 0.5, false);
        assertValue("precision on class \"exit\" > 0.6", 2.0 / 3, true);
        assertValue("support >= 4 on class \"stay\"", 4, true);
    }

    @Test
    void checksOnASliceAndAGapOverAColumn() {
        assertValue("tpr on column sex = \"F\" >= 0.5", 0.5, true);
        assertValue("accuracy on column sex = \"M\" >= 0.6", 0.5, false);
        assertValue("fpr gap over column sex <= 0.05", 0.5, false);
        assertValue("tpr gap over sex <= 0.05", 0.0, true);
        assertValue("accuracy gap over sex < 0.3", 0.25, true);
    }

    @Test
    void aCheckWithoutAValueFailsAndSaysWhy() {
        assertThat(evaluate("accuracy > 0 on tag \"nope\""))
                .isEqualTo(new CheckResult(
                        Check.parse("accuracy > 0 on tag \"nope\""),
                        Double.NaN,
                        false,
                        "no tag \"nope\"; the tags are car noise, empty",
                        null));
        assertThat(evaluate("accuracy >= 0.5 on tag \"empty\"").reason()).isEqualTo("undefined");
        assertThat(evaluate("mae < 1").reason())
                .as("no residuals in a classification")
                .isEqualTo("undefined");
        assertThat(evaluate("fpr gap over region <= 0.1").reason()).isEqualTo("no column \"region\" in the data");
        assertThat(evaluate("tpr on column sex = \"X\" >= 0.5").reason())
                .isEqualTo("column sex has no group \"X\"; the groups are F, M");
        assertThat(evaluate("recall > 0.5 on class \"fraud\"").reason())
                .isEqualTo("no class \"fraud\"; the classes are exit, stay");
        assertThat(evaluate("recall > 0.5 on class \"fraud\"").passed()).isFalse();
    }

    @Test
    void aCheckOnAHandTagUsesTheEstimateAndSaysSo() {
        // errors 1, 3, 6 (all reviewed; tagged 1 and 3) and correct rows 0, 2, 4, 5, 7 (0 and 4 reviewed;
        // 4 tagged): |T| ≈ 3·2/3 + 5·1/2 = 4.5 of 8, |T∩E| ≈ 2, error rate 2/4.5
        TagInput blurry = TagInput.reviewed(
                "blurry", RoaringBitmap.bitmapOf(1, 3, 4), RoaringBitmap.bitmapOf(0, 1, 3, 4, 6), Double.NaN);
        CheckResult result = CheckEvaluator.evaluate(
                        List.of(Check.parse("error_rate <= 0.5 on tag \"blurry\"")),
                        DATA,
                        ROLES,
                        MetricsSettings.defaults(),
                        List.of(blurry))
                .get(0);

        assertThat(result.value()).isCloseTo(2 / 4.5, within(1e-12));
        assertThat(result.passed()).isTrue();
        assertThat(result.note()).startsWith("estimated from 5 reviewed rows, 95% interval [");
    }

    @Test
    void aCheckOnAHandTagThatCannotBeKnownFailsAndSaysWhatToReview() {
        TagInput errorsOnly =
                TagInput.reviewed("blurry", RoaringBitmap.bitmapOf(1, 3), RoaringBitmap.bitmapOf(1, 3, 6), Double.NaN);
        CheckResult result = CheckEvaluator.evaluate(
                        List.of(Check.parse("error_rate <= 0.5 on tag \"blurry\"")),
                        DATA,
                        ROLES,
                        MetricsSettings.defaults(),
                        List.of(errorsOnly))
                .get(0);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason())
                .isEqualTo("unknown from the reviewed sample: review some correct rows: 0 of 5 reviewed");
    }
}
