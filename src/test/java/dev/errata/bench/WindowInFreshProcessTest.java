package dev.errata.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowInFreshProcessTest {

    private static Measurement figure(String key, String label, double value) {
        return new Measurement(key, label, value, "ms", 2_000, "< 2,000 ms");
    }

    @Test
    void setsALaterProcesssFirstOpenBesideTheFirstOpenUnderNamesOfItsOwn() {
        List<Measurement> whole = List.of(
                figure("window_open_ms", "open the project in the window (the first open)", 5_000),
                figure("window_open_longest_frame_ms", "the longest frame meanwhile", 180),
                figure("window_reopen_ms", "open it again", 900));
        List<Measurement> later = List.of(
                figure("window_open_ms", "open the project in the window (the first open)", 2_500),
                figure("window_open_longest_frame_ms", "the longest frame meanwhile", 150));

        List<Measurement> merged = WindowInFreshProcess.withLaterOpen(whole, later);

        assertThat(merged)
                .extracting(Measurement::key)
                .containsExactly(
                        "window_open_ms",
                        "window_open_longest_frame_ms",
                        "window_open_read_before_ms",
                        "window_open_read_before_longest_frame_ms",
                        "window_reopen_ms");
        assertThat(merged.get(2).value()).isEqualTo(2_500);
        assertThat(merged.get(2).label())
                .isEqualTo("open the project in the window (the first open of a file read in an earlier process)");
        assertThat(merged.get(2).limit()).isEqualTo(2_000);
    }
}
