package dev.errata.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipLengthTest {

    @Test
    void aSampleClipSaysHowLongItLasts() {
        // soxi sample-projects/speech/audio/4.wav: 18995 samples at 8000 Hz
        assertThat(ClipLength.seconds(Path.of("sample-projects/speech/audio/4.wav"))
                        .orElseThrow())
                .isCloseTo(18995 / 8000.0, within(1e-9));
    }

    @Test
    void aFileThatIsNoClipHasNoLength(@TempDir Path dir) throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.wav"), "not a wave");

        assertThat(ClipLength.seconds(fake)).isEmpty();
        assertThat(ClipLength.seconds(dir.resolve("absent.wav"))).isEmpty();
    }
}
