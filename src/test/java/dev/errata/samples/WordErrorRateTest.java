package dev.errata.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordErrorRateTest {

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    @Test
    void countsSubstitutionsDeletionsAndInsertionsPerReferenceWord() {
        assertThat(WordErrorRate.of(words("call anna on her mobile"), words("call anna on her mobile")))
                .isZero();
        assertThat(WordErrorRate.of(words("turn off the lights"), words("turn of the lights")))
                .isEqualTo(0.25);
        assertThat(WordErrorRate.of(words("turn off the lights"), words("turn the lights")))
                .isEqualTo(0.25);
        assertThat(WordErrorRate.of(words("navigate to work"), words("uh navigate two work")))
                .isEqualTo(2.0 / 3);
        assertThat(WordErrorRate.of(words("play some jazz music"), words(""))).isEqualTo(1.0);
    }

    @Test
    void takesTheCheapestAlignmentNotTheWordByWordOne() {
        // word by word every position differs; one deletion and one insertion are the cheaper edit
        assertThat(WordErrorRate.editDistance(words("a b c d"), words("b c d e")))
                .isEqualTo(2);
    }
}
