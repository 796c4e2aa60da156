package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The role names a new user's files carried, which once left the label and prediction to be chosen by hand. */
class RoleDetectorTest {

    @Test
    void findsTheLabelAndPredictionUnderTheirValueNames() {
        ColumnRoles regression = RoleDetector.detect(List.of("age", "bmi", "true_value", "pred_value"));
        assertThat(regression.label()).isEqualTo("true_value");
        assertThat(regression.prediction()).isEqualTo("pred_value");

        ColumnRoles other = RoleDetector.detect(List.of("Y_True_Value", "estimate"));
        assertThat(other.label()).isEqualTo("Y_True_Value");
        assertThat(other.prediction()).isEqualTo("estimate");

        ColumnRoles target = RoleDetector.detect(List.of("target_value", "predicted_value"));
        assertThat(target.label()).isEqualTo("target_value");
        assertThat(target.prediction()).isEqualTo("predicted_value");
    }
}
