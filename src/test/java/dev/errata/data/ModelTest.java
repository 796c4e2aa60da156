package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static final ColumnRoles ROLES =
            new ColumnRoles("id", "label", "prediction", null, null, Task.MULTICLASS, null);
    private static final List<String> COLUMNS =
            List.of("id", "label", "prediction", "v2", "v2_score", "p2_cat", "p2_dog", "proba_cat");

    @Test
    void readsAPredictionAScoreOrAProbabilityPrefix() {
        assertThat(Model.parse("v2=v2")).isEqualTo(new Model("v2", "v2", null, null));
        assertThat(Model.parse("v2=v2:v2_score")).isEqualTo(new Model("v2", "v2", "v2_score", null));
        assertThat(Model.parse("v2=v2:p2_*")).isEqualTo(new Model("v2", "v2", null, "p2_"));
        assertThat(Model.parse("v2=v2:p2_*").spec()).isEqualTo("v2=v2:p2_*");
    }

    @Test
    void putsItsColumnsInTheRoles() {
        ColumnRoles roles = Model.parse("v2=v2:p2_*").roles(ROLES, "d.csv", COLUMNS);
        assertThat(roles.prediction()).isEqualTo("v2");
        assertThat(roles.classScores())
                .containsExactly(java.util.Map.entry("cat", "p2_cat"), java.util.Map.entry("dog", "p2_dog"));
        assertThat(roles.label()).isEqualTo("label");
        assertThat(Model.of("v2", roles)).isEqualTo(new Model("v2", "v2", null, "p2_"));
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> Model.parse("v2"))
                .hasMessage("a model is NAME=PREDICTION_COLUMN[:SCORE_COLUMN] or NAME=PREDICTION_COLUMN:PREFIX*,"
                        + " not \"v2\"");
        assertThatThrownBy(() -> Model.parse("v3=v3").roles(ROLES, "d.csv", COLUMNS))
                .hasMessageStartingWith("no column \"v3\" in d.csv");
        assertThatThrownBy(() -> Model.parse("v2=v2:q_*").roles(ROLES, "d.csv", COLUMNS))
                .hasMessage("model \"v2\": no column of d.csv starts with \"q_\"");
    }
}
