package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskInferenceTest {

    /** Class labels never look like text, so their filled cells, a pass over every row, are not counted. */
    @Test
    void classLabelsAreNoFreeTextWithoutTheirCellsCounted() {
        AtomicInteger counted = new AtomicInteger();
        IntSupplier cells = () -> {
            counted.incrementAndGet();
            return 1_000_000;
        };

        assertThat(TaskInference.isFreeText(List.of("0", "1"), cells)).isFalse();
        assertThat(TaskInference.isFreeText(List.of("stay", "exit", "a b"), cells))
                .isFalse();
        assertThat(counted).hasValue(0);
    }

    /** Values with spaces in them are free text when they are many, or as many as the filled cells. */
    @Test
    void spacedValuesAreFreeTextWhenManyOrAllDifferent() {
        List<String> three = List.of("the cat sat", "a dog ran", "it rained");
        List<String> many = IntStream.range(0, 21).mapToObj(i -> "word " + i).toList();

        assertThat(TaskInference.isFreeText(three, () -> 3)).isTrue();
        assertThat(TaskInference.isFreeText(three, () -> 9)).isFalse();
        assertThat(TaskInference.isFreeText(many, () -> 1_000)).isTrue();
        assertThat(TaskInference.isFreeText(many, () -> 0)).isFalse();
    }
}
