package dev.errata.ui.review;

import dev.errata.ui.background.Background;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.messages.Messages;
import dev.errata.workbench.media.Waveform;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;

/**
 * The current row's audio clip in review mode: its waveform, read in the background on arrival; playing it
 * on a key or the Play button, and on arrival when the analyst asked for that; what went wrong, for the
 * status bar.
 */
public final class ClipViewModel {

    /** Spans of the waveform: about one a pixel of the row detail's width. */
    static final int SPANS = 480;

    private final ReviewViewModel review;
    private final ClipPlayer player = new ClipPlayer();
    private final LatestResult<Optional<Waveform>> outlines;
    private final ReadOnlyObjectWrapper<Path> clip = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Waveform> waveform = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty playOnArrival = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ClipViewModel(ReviewViewModel review, Background background) {
        this.review = review;
        this.outlines = new LatestResult<>(
                background,
                Messages.text("clip.reading"),
                failure -> message.set(Messages.text("clip.unreadable", failure.getMessage())));
        review.media().addListener((ListChangeListener<MediaPreview>) change -> arrive());
        arrive();
    }

    private void arrive() {
        Path now = review.media().stream()
                .filter(preview -> preview.kind() == MediaKind.AUDIO && preview.exists())
                .map(MediaPreview::path)
                .findFirst()
                .orElse(null);
        if (Objects.equals(now, clip.get())) {
            return;
        }
        player.stop();
        message.set("");
        clip.set(now);
        waveform.set(null);
        if (now == null) {
            return;
        }
        outlines.compute(progress -> Waveform.read(now, SPANS, progress), read -> {
            if (now.equals(clip.get())) {
                waveform.set(read.orElse(null));
            }
        });
        if (playOnArrival.get()) {
            play(now);
        }
    }

    /** The review key: plays the row's clip, or stops it while it plays. */
    public void toggle() {
        Path now = clip.get();
        if (now == null) {
            message.set(Messages.text("clip.none"));
        } else if (now.equals(player.playingProperty().get())) {
            stop();
        } else {
            play(now);
        }
    }

    /** Plays a clip of the current row from its beginning, saying in the status bar when it cannot. */
    void play(Path file) {
        String name = file.getFileName().toString();
        message.set(player.play(file, () -> message.set(""), reason -> message.set(unplayable(name, reason)))
                .map(reason -> unplayable(name, reason))
                .orElse(Messages.text("clip.playing", name)));
    }

    private static String unplayable(String name, String reason) {
        return Messages.text("media.unplayable", name, reason);
    }

    /** Stops the clip playing, if any. */
    public void stop() {
        player.stop();
        message.set("");
    }

    /** The current row's first audio file that exists; null when it has none. */
    public ReadOnlyObjectProperty<Path> clipProperty() {
        return clip.getReadOnlyProperty();
    }

    /** The clip's peaks; null while they are read or when the clip is no PCM audio (an MP3). */
    public ReadOnlyObjectProperty<Waveform> waveformProperty() {
        return waveform.getReadOnlyProperty();
    }

    /** The file playing now, or null. */
    public ReadOnlyObjectProperty<Path> playingProperty() {
        return player.playingProperty();
    }

    /** Seconds into the clip playing. */
    public ReadOnlyDoubleProperty positionProperty() {
        return player.positionProperty();
    }

    /** Whether arriving at a row plays its clip; the window keeps it in the preferences. */
    public BooleanProperty playOnArrivalProperty() {
        return playOnArrival;
    }

    /** "Playing 4.wav", why a clip cannot play, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
