package dev.errata.ui.review;

import dev.errata.ui.messages.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/**
 * The images and audio of the current row: an image scaled to fit, loaded off the FX thread; a play/stop
 * button for audio; a placeholder naming the path when the file is not there.
 */
final class MediaPane extends HBox {

    private static final double IMAGE_HEIGHT = 180;

    private MediaPlayer player;

    MediaPane(ObservableList<MediaPreview> media) {
        setId("row-media");
        getStyleClass().add("row-media");
        show(media);
        media.addListener((ListChangeListener<MediaPreview>) change -> show(media));
    }

    private void show(ObservableList<MediaPreview> media) {
        stopPlaying();
        getChildren().setAll(media.stream().map(this::preview).toList());
        setManaged(!media.isEmpty());
        setVisible(!media.isEmpty());
    }

    private Node preview(MediaPreview preview) {
        Label caption = new Label(preview.column());
        caption.getStyleClass().add("panel-note");
        Node body = !preview.exists()
                ? missing(preview)
                : preview.kind() == MediaKind.IMAGE ? image(preview) : audio(preview);
        return new VBox(4, caption, body);
    }

    private static Label missing(MediaPreview preview) {
        Label missing =
                new Label(Messages.text("media.missing", preview.path() == null ? preview.cell() : preview.path()));
        missing.getStyleClass().add("media-missing");
        missing.setWrapText(true);
        missing.setMaxWidth(320);
        return missing;
    }

    private static Node image(MediaPreview preview) {
        Image image = new Image(preview.path().toUri().toString(), true);
        ImageView view = new ImageView(image);
        view.getStyleClass().add("media-image");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitHeight(IMAGE_HEIGHT);
        Label state = new Label(Messages.text("media.loading"));
        state.getStyleClass().add("media-missing");
        state.visibleProperty().bind(image.progressProperty().lessThan(1).or(image.errorProperty()));
        state.managedProperty().bind(state.visibleProperty());
        image.errorProperty()
                .addListener((obs, old, failed) -> state.setText(Messages.text("media.unreadable", preview.path())));
        return new VBox(state, view);
    }

    private Node audio(MediaPreview preview) {
        ToggleButton play = new ToggleButton(Messages.text("media.play"));
        play.getStyleClass().add("media-play");
        Label problem = new Label();
        problem.getStyleClass().add("media-missing");
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        play.selectedProperty().addListener((obs, was, playing) -> {
            play.setText(Messages.text(playing ? "media.stop" : "media.play"));
            if (playing) {
                problem.setText(start(preview, () -> play.setSelected(false)));
            } else {
                stopPlaying();
            }
        });
        Label path = new Label(ClipLength.seconds(preview.path()).stream()
                .mapToObj(seconds -> Messages.text("media.length", preview.cell(), seconds))
                .findFirst()
                .orElse(preview.cell()));
        path.getStyleClass().add("panel-note");
        return new VBox(4, play, path, problem);
    }

    /** @return why it cannot play, or empty when it plays */
    private String start(MediaPreview preview, Runnable ended) {
        stopPlaying();
        try {
            player = new MediaPlayer(new Media(preview.path().toUri().toString()));
            player.setOnEndOfMedia(ended);
            player.setOnError(ended);
            player.play();
            return "";
        } catch (MediaException e) {
            ended.run();
            return Messages.text("media.unplayable", e.getMessage());
        }
    }

    private void stopPlaying() {
        if (player != null) {
            player.dispose();
            player = null;
        }
    }
}
