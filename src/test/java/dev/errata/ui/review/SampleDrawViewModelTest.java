package dev.errata.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleDrawViewModelTest {

    private final SampleDrawViewModel form = new SampleDrawViewModel(List.of("device", "age"), 1423, 8346, 0, 481_516);

    @Test
    void startsAtOneHundredErrorsAndFiftyCorrectRowsUnstratifiedWithTheGivenSeed() {
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.request()).isEqualTo(new SampleDrawViewModel.Request(100, 50, null, 481_516, List.of(), 0));
        assertThat(form.available()).isEqualTo("The data has 1,423 errors and 8,346 correct rows.");
        assertThat(form.replaces()).isEmpty();
        assertThat(form.strataColumns()).containsExactly("device", "age");
    }

    @Test
    void asksWhatTheUserTyped() {
        form.errorsProperty().set(" 30 ");
        form.correctProperty().set("12");
        form.strataColumnProperty().set("device");
        form.seedProperty().set("-7");
        assertThat(form.request()).isEqualTo(new SampleDrawViewModel.Request(30, 12, "device", -7, List.of(), 0));
    }

    @Test
    void saysWhichFieldIsNotAWholeNumberGreaterThanZero() {
        for (String bad : new String[] {"0", "-3", "2.5", "ten", "", "99999999999"}) {
            form.errorsProperty().set(bad);
            assertThat(form.validProperty().get()).as(bad).isFalse();
            assertThat(form.problemProperty().get())
                    .as(bad)
                    .isEqualTo("Errors: type a whole number greater than 0, such as 100");
        }
        form.errorsProperty().set("5");
        form.correctProperty().set("0");
        assertThat(form.problemProperty().get())
                .isEqualTo("Correct rows: type a whole number greater than 0, such as 100");
        form.correctProperty().set("5");
        form.seedProperty().set("4 2");
        assertThat(form.problemProperty().get()).isEqualTo("Seed: type a whole number, such as 42");
        assertThatThrownBy(form::request)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Seed");
        form.seedProperty().set("42");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void splitsBetweenTheAnalystsTypedAndSaysWhatIsWrongWithThem() {
        form.analystsProperty().set(" alice, bob ");
        form.overlapProperty().set(" 20 ");
        assertThat(form.request().analysts()).containsExactly("alice", "bob");
        assertThat(form.request().overlap()).isEqualTo(20);

        form.overlapProperty().set("-1");
        assertThat(form.problemProperty().get()).isEqualTo("Shared rows: type a whole number of 0 or more");
        form.overlapProperty().set("3");
        form.analystsProperty().set("alice,alice");
        assertThat(form.problemProperty().get()).isEqualTo("Split between: name each analyst once");
        form.analystsProperty().set("alice,,bob");
        assertThat(form.problemProperty().get()).isEqualTo("Split between: an analyst's name cannot be blank");
        form.analystsProperty().set(" ");
        assertThat(form.problemProperty().get())
                .isEqualTo("Shared rows: name the analysts who share them under Split between");
        form.overlapProperty().set("0");
        assertThat(form.request().analysts()).isEmpty();
    }

    @Test
    void saysThatADrawReplacesTheQueueThereIs() {
        SampleDrawViewModel again = new SampleDrawViewModel(List.of(), 4, 6, 1500, 1);
        assertThat(again.replaces()).hasValue("This replaces the review queue of 1,500 rows; Undo brings it back.");
    }
}
