package dev.errata.workbench.media;

import dev.errata.data.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The outline of a clip for drawing: for each of a number of equal spans of its frames, the lowest and the
 * highest sample in any channel, as fractions of full scale (−1 to 1). Read as a stream, so a long clip
 * costs its reading time and not its size in memory.
 *
 * @param seconds how long the clip lasts
 * @param lows the lowest sample of each span
 * @param highs the highest sample of each span
 */
public record Waveform(double seconds, double[] lows, double[] highs) {

    /** Frames read between looks at the cancel button. */
    private static final int CHUNK_FRAMES = 4096;

    /** How many spans there are: the number asked for, or the clip's frames when it has fewer. */
    public int spans() {
        return lows.length;
    }

    /**
     * Reads the clip's peaks in {@code spans} equal spans; frame {@code i} of {@code n} falls in span
     * {@code i * spans / n}.
     *
     * @return empty when the file is no PCM audio Java reads (an MP3, a text file) or says no length
     * @throws IOException when the file cannot be read
     */
    public static Optional<Waveform> read(Path clip, int spans, Progress progress) throws IOException {
        if (spans < 1) {
            throw new IllegalArgumentException("a waveform needs at least one span, not " + spans);
        }
        try (InputStream file = new BufferedInputStream(Files.newInputStream(clip));
                AudioInputStream audio = AudioSystem.getAudioInputStream(file)) {
            AudioFormat format = audio.getFormat();
            long frames = audio.getFrameLength();
            if (frames == AudioSystem.NOT_SPECIFIED || frames == 0 || !isPcm(format) || format.getFrameRate() <= 0) {
                return Optional.empty();
            }
            int count = (int) Math.min(spans, frames);
            double[] lows = new double[count];
            double[] highs = new double[count];
            Arrays.fill(lows, Double.POSITIVE_INFINITY);
            Arrays.fill(highs, Double.NEGATIVE_INFINITY);
            PcmSamples samples = new PcmSamples(format);
            byte[] chunk = new byte[CHUNK_FRAMES * format.getFrameSize()];
            long frame = 0;
            int read;
            while (frame < frames && (read = audio.readNBytes(chunk, 0, chunk.length)) > 0) {
                progress.checkCancelled();
                int whole = read / format.getFrameSize();
                for (int f = 0; f < whole && frame < frames; f++, frame++) {
                    int span = (int) (frame * count / frames);
                    for (int channel = 0; channel < format.getChannels(); channel++) {
                        double sample = samples.at(chunk, f, channel);
                        lows[span] = Math.min(lows[span], sample);
                        highs[span] = Math.max(highs[span], sample);
                    }
                }
                progress.update(frame / (double) frames);
            }
            if (frame < frames) {
                throw new IOException(
                        clip + ": the clip ends after " + frame + " of the " + frames + " frames its header announces");
            }
            return Optional.of(new Waveform(frames / (double) format.getFrameRate(), lows, highs));
        } catch (UnsupportedAudioFileException e) {
            return Optional.empty();
        }
    }

    private static boolean isPcm(AudioFormat format) {
        return (format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED
                        || format.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED)
                && format.getSampleSizeInBits() % 8 == 0
                && format.getSampleSizeInBits() <= 32;
    }
}
