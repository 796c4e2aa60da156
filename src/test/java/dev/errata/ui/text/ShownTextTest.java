package dev.errata.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownTextTest {

    @Test
    void turnsShownTextBackIntoTheValueShownSo() {
        List<Integer> values = List.of(1, 20, 300);
        ShownText<Integer> text = new ShownText<>(v -> "#" + v, () -> values);
        assertThat(text.toString(20)).isEqualTo("#20");
        assertThat(text.toString(null)).isEmpty();
        assertThat(text.fromString("#300")).isEqualTo(300);
        assertThat(text.fromString("#4")).isNull();
    }
}
