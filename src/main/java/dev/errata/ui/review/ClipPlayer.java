package dev.errata.ui.review;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/**
 * One clip playing at a time through JavaFX's media player, with where it is. A machine without a sound
 * device or codec makes the player refuse at once or report an error later; both end the playing and say
 * why, never leaving a player behind.
 */
final class ClipPlayer {

    private MediaPlayer player;
    private final ReadOnlyObjectWrapper<Path> playing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper();

    /**
     * Starts the clip from its beginning, stopping any other.
     *
     * @param failedLater told why, on the FX thread, when the player fails after starting
     * @return why it cannot play; empty when it plays
     */
    Optional<String> play(Path clip, Runnable ended, Consumer<String> failedLater) {
        stop();
        try {
            MediaPlayer started = new MediaPlayer(new Media(clip.toUri().toString()));
            started.currentTimeProperty().addListener((obs, old, time) -> position.set(time.toSeconds()));
            started.setOnEndOfMedia(() -> {
                stop();
                ended.run();
            });
            started.setOnError(() -> {
                stop();
                failedLater.accept(reason(started.getError()));
            });
            player = started;
            playing.set(clip);
            started.play();
            return Optional.empty();
        } catch (MediaException e) {
            stop();
            return Optional.of(reason(e));
        }
    }

    void stop() {
        if (player != null) {
            player.dispose();
            player = null;
        }
        playing.set(null);
        position.set(0);
    }

    /** The clip playing now, or null. */
    ReadOnlyObjectProperty<Path> playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Seconds into the clip playing; 0 when none plays. */
    ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /**
     * "Could not create player!" rather than the toolkit's "UNKNOWN : com.sun…MediaException: Could not
     * create player! : com.sun…": the last of the nested messages is the one that says something.
     */
    private static String reason(MediaException e) {
        if (e == null || e.getMessage() == null) {
            return "the media player failed";
        }
        String[] parts = e.getMessage().split(" : ");
        String last = parts[parts.length - 1];
        return last.substring(last.lastIndexOf(": ") + 1).strip();
    }
}
