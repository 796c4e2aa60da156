package dev.errata.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class RuleTest {

    private static final double NA = Double.NaN;

    // row:                          0          1         2          3        4
    private final Dataset data = new DatasetBuilder("fixture")
            .categorical("device", "android", "ios", "android", null, "web")
            .numeric("snr", 5, 12, 9.5, 30, NA)
            .numeric("hours-per-week", 40, 60, 51, 10, 50)
            .categorical("native country", "Cuba", "Peru", null, "Cuba", "Chile")
            .numeric("delta", -2, 1e3, -0.5, 0, 2.5e-3)
            .categorical("comment", "Battery died.", "battery-life fine", "BATTERY", null, "batteries ok, Café")
            .build();

    private int[] rows(String rule) {
        return Rule.parse(rule).evaluate(data).toArray();
    }

    /** Every kind of condition names its columns, once each, in the order the rule first names them. */
    @Test
    void namesTheColumnsItReads() {
        Rule rule = Rule.parse("snr < 10 and (device in (\"ios\", \"web\") or not note contains \"hum\") "
                + "and age is missing or snr > 30 or transcript against reference drops \"the\"");

        assertThat(rule.columns()).containsExactly("snr", "device", "note", "age", "transcript", "reference");
    }

    @Test
    void comparesNumbersAsNumbers() {
        assertThat(rows("snr < 10")).containsExactly(0, 2);
        assertThat(rows("snr <= 9.5")).containsExactly(0, 2);
        assertThat(rows("snr > 9.5")).containsExactly(1, 3);
        assertThat(rows("snr >= 12")).containsExactly(1, 3);
        assertThat(rows("snr == 30")).containsExactly(3);
        assertThat(rows("snr != 30")).containsExactly(0, 1, 2);
    }

    @Test
    void readsNegativeAndExponentNumbers() {
        assertThat(rows("delta < -1")).containsExactly(0);
        assertThat(rows("delta >= 1e3")).containsExactly(1);
        assertThat(rows("delta == 2.5E-3")).containsExactly(4);
        assertThat(rows("delta>-0.6")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void comparesTextAsStringsInEitherQuotes() {
        assertThat(rows("device == \"android\"")).containsExactly(0, 2);
        assertThat(rows("device != 'android'")).containsExactly(1, 4);
        assertThat(rows("device < \"j\"")).containsExactly(0, 1, 2);
    }

    @Test
    void missingValuesNeverMatchAComparison() {
        assertThat(rows("snr != 5")).doesNotContain(4);
        assertThat(rows("device != \"web\"")).containsExactly(0, 1, 2);
        assertThat(rows("device not in (\"ios\")")).containsExactly(0, 2, 4);
    }

    @Test
    void testsForMissingValues() {
        assertThat(rows("snr is missing")).containsExactly(4);
        assertThat(rows("device is not missing")).containsExactly(0, 1, 2, 4);
        assertThat(rows("`native country` IS MISSING")).containsExactly(2);
    }

    @Test
    void matchesListsOfValues() {
        assertThat(rows("device in (\"ios\", 'web')")).containsExactly(1, 4);
        assertThat(rows("snr in (5, 30)")).containsExactly(0, 3);
        assertThat(rows("snr not in (5, 30)")).containsExactly(1, 2);
    }

    @Test
    void findsAWholeWordOfTextWhateverItsCase() {
        assertThat(rows("comment contains \"battery\"")).containsExactly(0, 1, 2);
        assertThat(rows("comment CONTAINS 'Life'")).containsExactly(1);
        assertThat(rows("comment contains \"café\"")).containsExactly(4);
        assertThat(rows("comment contains \"batter\"")).isEmpty();
        assertThat(rows("not comment contains \"battery\"")).containsExactly(3, 4);
    }

    @Test
    void refusesContainsOnNumbersOrWithMoreThanOneWord() {
        assertError("snr contains \"5\"", 0, 3, "column \"snr\" holds numbers; \"contains\" looks for a word in text");
        assertError(
                "comment contains \"battery life\"",
                17,
                14,
                "\"contains\" looks for one word of letters and digits, not \"battery life\"");
        assertSyntaxError("comment contains 3", 17, 1, "expected a quoted word but found \"3\"");
    }

    @Test
    void combinesWithAndOrNotAndParentheses() {
        assertThat(rows("device == \"android\" and snr < 10")).containsExactly(0, 2);
        assertThat(rows("device == \"ios\" or snr > 20")).containsExactly(1, 3);
        // and binds tighter than or
        assertThat(rows("device == \"web\" or device == \"android\" and snr > 9"))
                .containsExactly(2, 4);
        assertThat(rows("(device == \"web\" or device == \"android\") and snr > 9"))
                .containsExactly(2);
        // not is the complement, so it takes in the row whose snr is missing
        assertThat(rows("not snr < 10")).containsExactly(1, 3, 4);
        assertThat(rows("NOT (snr < 10 or snr > 20) AND device == \"ios\"")).containsExactly(1);
    }

    @Test
    void readsBareNamesWithDashesAndQuotedNamesWithSpaces() {
        assertThat(rows("hours-per-week > 50")).containsExactly(1, 2);
        assertThat(rows("`native country` == \"Cuba\"")).containsExactly(0, 3);
    }

    @Test
    void evaluatesAMillionRowsIntoABitmap() {
        int n = 1_000_000;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 10;
        }
        Dataset big = new DatasetBuilder("big").numeric("x", values).build();
        RoaringBitmap rows = Rule.parse("x >= 7").evaluate(big);
        assertThat(rows.getLongCardinality()).isEqualTo(300_000);
        assertThat(rows.contains(7)).isTrue();
        assertThat(rows.contains(6)).isFalse();
    }

    @Test
    void pointsAtAnUnknownColumn() {
        assertThatThrownBy(() -> Rule.parse("snr < 10 and signal > 3").check(data))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unknown column \"signal\" at 13");
                    assertThat(e.offset()).isEqualTo(13);
                    assertThat(e.length()).isEqualTo(6);
                });
    }

    @Test
    void refusesToCompareANumericColumnWithAString() {
        assertError("snr == \"high\"", 7, 6, "column \"snr\" holds numbers; compare it with a number, not \"high\"");
        assertError("device in (\"ios\", 3)", 18, 1, "column \"device\" holds text; put the value in quotes");
    }

    @Test
    void pointsAtSyntaxErrors() {
        assertSyntaxError("snr <", 5, 1, "expected a value (a number or a quoted string) but found end of rule");
        assertSyntaxError("snr = 3", 4, 1, "use == to compare");
        assertSyntaxError("(snr < 3", 8, 1, "expected a closing ) but found end of rule");
        assertSyntaxError("snr < 3)", 7, 1, ") without an opening (");
        assertSyntaxError("device == \"ios", 10, 4, "unclosed string");
        assertSyntaxError("snr < 3 snr", 8, 3, "expected \"and\", \"or\" or the end of the rule but found \"snr\"");
        assertSyntaxError(
                "snr 3",
                4,
                1,
                "expected a comparison (== != < <= > >=), \"in\", \"contains\", \"is missing\" or \"against\" but found \"3\"");
        assertSyntaxError("snr < 1e", 6, 2, "bad number \"1e\"");
        assertSyntaxError("snr is there", 7, 5, "expected \"missing\" but found \"there\"");
        assertSyntaxError("  ", 0, 2, "empty rule");
        assertSyntaxError("snr < 3 & x", 8, 1, "unexpected character '&'");
    }

    @Test
    void refusesRulesDeeperOrLongerThanAnyoneWritesBeforeTheyOverflowTheStack() {
        assertSyntaxError("(".repeat(101) + "snr < 3" + ")".repeat(101), 100, 1, "nested more than 100 levels deep");
        assertSyntaxError("not ".repeat(101) + "snr < 3", 400, 3, "nested more than 100 levels deep");
        assertThat(Rule.parse("(".repeat(100) + "snr < 3" + ")".repeat(100)).evaluate(data))
                .isEqualTo(Rule.parse("snr < 3").evaluate(data));
        assertSyntaxError(
                "snr < 3" + " or snr < 3".repeat(1000), 7 + 11 * 999 + 4, 3, "more than 1000 conditions in one rule");
    }

    @Test
    void readsALiteralOfFortyThousandDigitsInLinearTimeAndQuotesOnlyItsStart() {
        String literal = "1".repeat(40_000) + "x";
        assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertSyntaxError(
                        "snr < " + literal, 6, 40_001, "bad number \"" + "1".repeat(60) + "… (40,001 characters)\""));
        assertThat(Rule.parse("snr < " + "1".repeat(40_000)).evaluate(data).getCardinality())
                .as("every snr present is below 1e40000")
                .isEqualTo(4);
    }

    private void assertSyntaxError(String rule, int offset, int length, String problem) {
        assertRuleError(() -> Rule.parse(rule), offset, length, problem);
    }

    private void assertError(String rule, int offset, int length, String problem) {
        assertRuleError(() -> Rule.parse(rule).evaluate(data), offset, length, problem);
    }

    static void assertRuleError(ThrowingCallable call, int offset, int length, String problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.offset()).isEqualTo(offset);
            assertThat(e.length()).isEqualTo(length);
        });
    }
}
