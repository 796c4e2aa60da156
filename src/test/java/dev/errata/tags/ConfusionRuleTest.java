package dev.errata.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import org.junit.jupiter.api.Test;

/** The rule condition that selects the rows whose transcript makes one word edit, on transcripts made by hand. */
class ConfusionRuleTest {

    // row 0: "two" heard as "to"; 1: "Go" heard as "go" (case counts); 2: "two" dropped; 3: "uh" added;
    // 4: no reference; 5: "two" heard as "to" and "uh" added; 6: heard right
    private final Dataset data = new DatasetBuilder("heard")
            .categorical(
                    "reference",
                    "book two tickets",
                    "Go to the station",
                    "we have two cats",
                    "play the next song",
                    null,
                    "the two of us",
                    "two lights on")
            .categorical(
                    "transcript",
                    "book to tickets",
                    "go to the station",
                    "we have cats",
                    "play the next song uh",
                    "two",
                    "the to of  us uh",
                    "two lights on")
            .numeric("snr", 1, 2, 3, 4, 5, 6, 7)
            .build();

    private int[] rows(String rule) {
        return Rule.parse(rule).evaluate(data).toArray();
    }

    @Test
    void aSubstitutionSelectsTheRowsThatHearOneWordAsAnother() {
        assertThat(rows("transcript against reference mishears \"two\" as \"to\""))
                .containsExactly(0, 5);
        assertThat(rows("transcript against reference mishears \"Go\" as \"go\""))
                .containsExactly(1);
        // the alignment compares words as written, so a lower-case "go" said is never in the data
        assertThat(rows("transcript against reference mishears \"go\" as \"go\""))
                .isEmpty();
    }

    @Test
    void aDeletionAndAnInsertionSelectTheRowsThatDropOrAddAWord() {
        assertThat(rows("transcript against reference drops \"two\"")).containsExactly(2);
        assertThat(rows("transcript against reference adds \"uh\"")).containsExactly(3, 5);
        assertThat(rows("`transcript` AGAINST `reference` Adds 'uh' and snr > 4"))
                .containsExactly(5);
        assertThat(rows("not transcript against reference adds \"uh\"")).containsExactly(0, 1, 2, 4, 6);
    }

    @Test
    void theWordsOfTheConditionStayFreeAsColumnNames() {
        Dataset named = new DatasetBuilder("named")
                .categorical("against", "a b")
                .categorical("as", "a c")
                .build();
        assertThat(Rule.parse("as against against mishears \"b\" as \"c\"")
                        .evaluate(named)
                        .toArray())
                .containsExactly(0);
        assertThat(Rule.parse("as == \"a c\"").evaluate(named).toArray()).containsExactly(0);
    }

    @Test
    void badConfusionsArePointedAt() {
        assertFails(
                "transcript against reference mishears \"two\"",
                43,
                1,
                "expected \"as\" and the word recognised instead but found end of rule");
        assertFails(
                "transcript against reference hears \"two\"",
                29,
                5,
                "expected \"mishears\", \"drops\" or \"adds\" but found \"hears\"");
        assertFails("transcript against reference drops two", 35, 3, "expected a quoted word but found \"two\"");
        assertFails(
                "transcript against 3 drops \"two\"",
                19,
                1,
                "expected the reference transcript's column after \"against\" but found \"3\"");
        assertFails(
                "transcript against reference drops \"two words\"",
                35,
                11,
                "a transcript's edit names one word without spaces, not \"two words\"");
        assertFails(
                "transcript against reference adds \"\"",
                34,
                2,
                "a transcript's edit names one word without spaces, not \"\"");
        assertFails("transcript against snr adds \"uh\"", 19, 3, "column \"snr\" holds numbers; a transcript is text");
        assertFails("transcript against speaker adds \"uh\"", 19, 7, "unknown column \"speaker\"");
    }

    private void assertFails(String rule, int offset, int length, String problem) {
        RuleTest.assertRuleError(() -> Rule.parse(rule).check(data), offset, length, problem);
    }
}
