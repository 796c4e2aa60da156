package dev.errata.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * How long an audio clip lasts, read from its header without decoding it or starting the media toolkit, so
 * the row detail can say it before the clip plays.
 */
final class ClipLength {

    private ClipLength() {}

    /** The clip's length in seconds; empty when its format does not say (MP3 and the like) or it cannot be read. */
    static OptionalDouble seconds(Path clip) {
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(clip.toFile());
            float frameRate = format.getFormat().getFrameRate();
            int frames = format.getFrameLength();
            return frames == AudioSystem.NOT_SPECIFIED || frameRate <= 0
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(frames / (double) frameRate);
        } catch (UnsupportedAudioFileException | IOException e) {
            return OptionalDouble.empty();
        }
    }
}
