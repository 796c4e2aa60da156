package dev.errata.ui.review;

import dev.errata.ui.messages.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The images and audio of the current row: an image scaled to fit, loaded off the FX thread; a play/stop
 * button for audio, with the waveform of the clip the review key plays; a placeholder naming the path when
 * the file is not there.
 */
final class MediaPane extends HBox {

    private static final double IMAGE_HEIGHT = 180;

    private final ClipViewModel clips;
    /** One for the pane's life: a new one a row would leave its listeners on the clip's properties. */
    private final WaveformView waveform;

    MediaPane(ObservableList<MediaPreview> media, ClipViewModel clips) {
        this.clips = clips;
        this.waveform = new WaveformView(clips.waveformProperty(), clips.positionProperty());
        setId("row-media");
        getStyleClass().add("row-media");
        show(media);
        media.addListener((ListChangeListener<MediaPreview>) change -> show(media));
    }

    private void show(ObservableList<MediaPreview> media) {
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
        Button play = new Button();
        play.getStyleClass().add("media-play");
        // the button follows the player, which stops at the clip's end or on an error as well as on a click
        BooleanBinding playing = clips.playingProperty().isEqualTo(preview.path());
        play.textProperty()
                .bind(Bindings.when(playing).then(Messages.text("media.stop")).otherwise(Messages.text("media.play")));
        play.setOnAction(e -> {
            if (playing.get()) {
                clips.stop();
            } else {
                clips.play(preview.path());
            }
        });
        Label path = new Label(ClipLength.seconds(preview.path()).stream()
                .mapToObj(seconds -> Messages.text("media.length", preview.cell(), seconds))
                .findFirst()
                .orElse(preview.cell()));
        path.getStyleClass().add("panel-note");
        VBox audio = new VBox(4, new HBox(8, play, path));
        if (preview.path().equals(clips.clipProperty().get())) {
            audio.getChildren().add(waveform);
        }
        return audio;
    }
}
