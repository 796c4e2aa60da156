package dev.errata.workbench.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.CancelledException;
import dev.errata.data.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaveformTest {

    @TempDir
    Path dir;

    @Test
    void tenSamplesInThreeSpansHaveTheExtremesWorkedOutByHand() throws IOException {
        short[] samples = {0, 16384, -32768, 32767, 100, -100, 8192, -8192, 0, 1000};
        Path clip = monoWav(samples, 8000);

        Waveform waveform = Waveform.read(clip, 3, Progress.NONE).orElseThrow();

        // frame i of 10 falls in span i*3/10: frames 0-3, 4-6 and 7-9
        assertThat(waveform.seconds()).isCloseTo(10 / 8000.0, within(1e-12));
        assertThat(waveform.lows()).containsExactly(-1.0, -100 / 32768.0, -0.25);
        assertThat(waveform.highs()).containsExactly(32767 / 32768.0, 0.25, 1000 / 32768.0);
    }

    @Test
    void aClipShorterThanTheSpansAskedForHasOneSpanAFrame() throws IOException {
        Waveform waveform = Waveform.read(monoWav(new short[] {-16384, 8192}, 8000), 400, Progress.NONE)
                .orElseThrow();

        assertThat(waveform.spans()).isEqualTo(2);
        assertThat(waveform.lows()).containsExactly(-0.5, 0.25);
        assertThat(waveform.highs()).containsExactly(-0.5, 0.25);
    }

    @Test
    void eightBitStereoTakesTheExtremesOfBothChannels() throws IOException {
        // unsigned 8-bit: 128 is silence, 0 full scale down; frames (L,R): (128,255) (0,160) (192,64) (128,128)
        byte[] frames = {(byte) 128, (byte) 255, 0, (byte) 160, (byte) 192, 64, (byte) 128, (byte) 128};
        AudioFormat format = new AudioFormat(AudioFormat.Encoding.PCM_UNSIGNED, 4000, 8, 2, 2, 4000, false);
        Path clip = write(frames, format, 4);

        Waveform waveform = Waveform.read(clip, 2, Progress.NONE).orElseThrow();

        // span 0: samples 0, 127/128, -1, 32/128; span 1: 64/128, -64/128, 0, 0
        assertThat(waveform.lows()).containsExactly(-1.0, -0.5);
        assertThat(waveform.highs()).containsExactly(127 / 128.0, 0.5);
        assertThat(waveform.seconds()).isCloseTo(4 / 4000.0, within(1e-12));
    }

    @Test
    void aSampleClipMatchesPythonsReadingOfIt() throws IOException {
        Waveform waveform = Waveform.read(Path.of("sample-projects/speech/audio/4.wav"), 50, Progress.NONE)
                .orElseThrow();

        /* python3: w = wave.open("sample-projects/speech/audio/4.wav"); n = w.getnframes()
         * x = numpy.frombuffer(w.readframes(n), dtype='<i2'); idx = numpy.arange(n) * 50 // n
         * lo = [x[idx == s].min() for s in range(50)]; hi = [x[idx == s].max() for s in range(50)]
         * gives n = 18995 at 8000 Hz; lo[0, 10, 25, 49] = -1458, -9878, -17007, -1456;
         * hi[0, 10, 25, 49] = 1342, 9911, 16409, 1514; sum(lo) = -464214, sum(hi) = 467369 */
        assertThat(waveform.seconds()).isCloseTo(18995 / 8000.0, within(1e-9));
        assertThat(waveform.spans()).isEqualTo(50);
        double[] lows = scaled(waveform.lows());
        double[] highs = scaled(waveform.highs());
        assertThat(new double[] {lows[0], lows[10], lows[25], lows[49]}).containsExactly(-1458, -9878, -17007, -1456);
        assertThat(new double[] {highs[0], highs[10], highs[25], highs[49]}).containsExactly(1342, 9911, 16409, 1514);
        assertThat(Arrays.stream(lows).sum()).isEqualTo(-464214);
        assertThat(Arrays.stream(highs).sum()).isEqualTo(467369);
    }

    @Test
    void aFileThatIsNoPcmClipHasNoWaveform() throws IOException {
        Path text = Files.writeString(dir.resolve("fake.wav"), "not a wave at all");

        assertThat(Waveform.read(text, 10, Progress.NONE)).isEmpty();
        assertThatThrownBy(() -> Waveform.read(dir.resolve("absent.wav"), 10, Progress.NONE))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aReadingCancelledAfterItsFirstChunkStopsThere() throws IOException {
        Path clip = monoWav(new short[20_000], 8000);
        AtomicInteger updates = new AtomicInteger();
        Progress cancelledOnceStarted = new Progress() {
            @Override
            public void update(double fractionDone) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() > 0;
            }
        };

        assertThatThrownBy(() -> Waveform.read(clip, 10, cancelledOnceStarted)).isInstanceOf(CancelledException.class);
        // 20,000 frames are five chunks of 4,096; the second chunk's check stops it
        assertThat(updates).hasValue(1);
    }

    private static double[] scaled(double[] fractions) {
        return Arrays.stream(fractions).map(v -> v * 32768).toArray();
    }

    private Path monoWav(short[] samples, float rate) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : samples) {
            data.putShort(sample);
        }
        return write(data.array(), new AudioFormat(rate, 16, 1, true, false), samples.length);
    }

    private Path write(byte[] frames, AudioFormat format, long frameCount) throws IOException {
        Path clip = dir.resolve("clip" + frameCount + format.getChannels() + ".wav");
        AudioSystem.write(
                new AudioInputStream(new ByteArrayInputStream(frames), format, frameCount),
                AudioFileFormat.Type.WAVE,
                clip.toFile());
        return clip;
    }
}
