package dev.errata.metrics.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckParserTest {

    @Test
    void readsEachFormOfTheLanguage() {
        assertThat(Check.parse("accuracy >= 0.92"))
                .isEqualTo(new Check("accuracy >= 0.92", "accuracy", Target.DATA, Comparison.AT_LEAST, 0.92));
        assertThat(Check.parse("accuracy >= 0.92 on tag \"car noise\"").target())
                .isEqualTo(new Target(Target.Kind.TAG, "car noise", null));
        assertThat(Check.parse("recall >= 0.8 on class \"fraud\"").target())
                .isEqualTo(new Target(Target.Kind.CLASS, "fraud", null));
        Check gap = Check.parse("fpr gap over column sex <= 0.05");
        assertThat(gap.target()).isEqualTo(new Target(Target.Kind.GAP, "sex", null));
        assertThat(gap.comparison()).isEqualTo(Comparison.AT_MOST);
        Check slice = Check.parse("tpr on column sex = \"Female\" >= 0.5");
        assertThat(slice.target()).isEqualTo(new Target(Target.Kind.SLICE, "sex", "Female"));
        assertThat(slice.bound()).isEqualTo(0.5);
    }

    @Test
    void readsChecksAcrossModels() {
        Check versus = Check.parse("accuracy[v2] >= accuracy[v1] - 0.01 on tag \"car noise\"");
        assertThat(versus.model()).isEqualTo("v2");
        assertThat(versus.reference()).isEqualTo("v1");
        assertThat(versus.bound()).isEqualTo(-0.01);
        assertThat(versus.target()).isEqualTo(new Target(Target.Kind.TAG, "car noise", null));
        assertThat(Check.parse("accuracy[v2] >= accuracy[v1]-0.01").bound()).isEqualTo(-0.01);
        assertThat(Check.parse("accuracy[v2] > accuracy[v1] + 1%").bound()).isEqualTo(0.01);
        assertThat(Check.parse("recall[v2] >= 0.8 on class \"fraud\"").reference())
                .isNull();
        Check everyTag = Check.parse("no tag regresses by more than 0.02 between v1 and v2");
        assertThat(everyTag.target().kind()).isEqualTo(Target.Kind.EVERY_TAG);
        assertThat(everyTag.metric()).isEqualTo("error_rate");
        assertThat(everyTag.reference()).isEqualTo("v1");
        assertThat(everyTag.model()).isEqualTo("v2");
        assertThat(everyTag.bound()).isEqualTo(0.02);
        assertThatThrownBy(() -> Check.parse("accuracy >= accuracy[v1]"))
                .hasMessageContaining("name the model measured too, as accuracy[MODEL]");
        assertThatThrownBy(() -> Check.parse("accuracy[v2] >= recall[v1]"))
                .hasMessageContaining("a model is compared on the same metric");
    }

    @Test
    void acceptsTheShortFormsOfTheDesignAndPercentages() {
        assertThat(Check.parse("fpr gap over sex <= 0.05").target())
                .isEqualTo(new Target(Target.Kind.GAP, "sex", null));
        assertThat(Check.parse("ACCURACY >= 0.92 on tag:\"car noise\"").target())
                .isEqualTo(new Target(Target.Kind.TAG, "car noise", null));
        assertThat(Check.parse("error_rate on column `native country` == \"Cuba\" < 20%")
                        .bound())
                .isEqualTo(0.2);
        assertThat(Check.parse("f1 > 0.5 on class 1").target()).isEqualTo(new Target(Target.Kind.CLASS, "1", null));
    }

    @Test
    void errorsPointAtTheOffendingPart() {
        assertError("accuracy >= x", "expected a number but found \"x\"", 12, 1);
        assertError(
                "acuracy >= 0.9", "unknown metric \"acuracy\" for the whole data; known: accuracy, error_rate,", 0, 7);
        assertError("support >= 10 on tag \"x\"", "unknown metric \"support\" for a tag;", 0, 7);
        assertError("recall >= 0.8 on class fraud", "expected the class in quotes but found \"fraud\"", 23, 5);
        assertError("tpr on column sex \"F\" >= 0.5", "expected = and the group's value but found \"F\"", 18, 3);
        assertError("accuracy >= 0.9 on tag \"x", "unclosed string", 23, 2);
        assertError("accuracy => 0.9", "expected a comparison (< <= > >=) but found \"=\"", 9, 1);
        assertError(
                "accuracy >= 0.9 on tag \"a\" on tag \"b\"", "expected the end of the check but found \"on\"", 27, 2);
        assertError("accuracy >= 0.9;", "unexpected character ';'", 15, 1);
        assertError("   ", "empty check", 0, 3);
        assertError("fpr gap sex <= 0.1", "expected \"over\" but found \"sex\"", 8, 3);
        assertError("accuracy", "expected a comparison (< <= > >=) but found end of check", 8, 1);
    }

    private static void assertError(String text, String problem, int offset, int length) {
        assertThatThrownBy(() -> Check.parse(text)).isInstanceOfSatisfying(CheckException.class, e -> {
            assertThat(e.problem()).startsWith(problem);
            assertThat(e.offset()).as("offset").isEqualTo(offset);
            assertThat(e.length()).as("length").isEqualTo(length);
        });
    }
}
