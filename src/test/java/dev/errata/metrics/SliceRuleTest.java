package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.tags.Rule;
import org.junit.jupiter.api.Test;

class SliceRuleTest {

    private static final Dataset DATA = new DatasetBuilder("d")
            .numeric("age", 18, 25, 31, 40, 52, 0.1 + 0.2, Double.NaN, 67)
            .categorical("native country", "Cuba", "Peru", "Cuba", null, "it's", "Peru", "Cuba", "Peru")
            .numeric("flag", 0, 1, 0, 1, 0, 1, 0, 1)
            .build();

    @Test
    void aValueSliceBecomesAnEquality() {
        RowGroups groups = RowGroups.of(DATA, "native country", 5);

        assertThat(groups.rule(0)).isEqualTo("`native country` == \"Cuba\"");
        assertThat(groups.rule(2)).isEqualTo("`native country` == \"it's\"");
        assertThat(groups.rule(3)).isEqualTo("`native country` is missing");
    }

    @Test
    void aBinBecomesARangeClosedAtTheTopOnlyForTheLastBin() {
        // seven present ages in 3 bins, edges at sorted[0], sorted[2], sorted[4] and the maximum
        RowGroups groups = RowGroups.of(DATA, "age", 3);

        assertThat(groups.rule(0)).isEqualTo("age >= 0.30000000000000004 and age < 25");
        assertThat(groups.rule(groups.groupCount() - 2)).endsWith("age <= 67");
        assertThat(RowGroups.of(DATA, "flag", 5).rule(1)).isEqualTo("flag == 1");
    }

    @Test
    void everyRuleHoldsExactlyTheRowsOfItsSlice() {
        RowGroups cross = RowGroups.cross(RowGroups.of(DATA, "age", 3), RowGroups.of(DATA, "native country", 5));
        for (RowGroups groups :
                new RowGroups[] {RowGroups.of(DATA, "age", 3), RowGroups.of(DATA, "native country", 5), cross}) {
            for (int group = 0; group < groups.groupCount(); group++) {
                assertThat(Rule.parse(groups.rule(group)).evaluate(DATA))
                        .as(groups.rule(group))
                        .isEqualTo(groups.rows(group));
            }
        }
        assertThat(cross.rule(0))
                .isEqualTo("(age >= 0.30000000000000004 and age < 25) and (`native country` == \"Cuba\")");
    }

    @Test
    void aValueWithBothQuotesCannotBeWritten() {
        assertThatThrownBy(() -> SliceRule.equalTo("c", "say \"it's\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both kinds of quote");
    }
}
