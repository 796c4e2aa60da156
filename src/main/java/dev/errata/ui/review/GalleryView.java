package dev.errata.ui.review;

import dev.errata.ui.messages.Messages;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

/**
 * The gallery tab: the current filter's images in a virtualised grid (ControlsFX's GridView makes cells only
 * for what is on screen, so ten thousand images scroll as a hundred do). Errors have a red frame, selected
 * thumbnails an accent one; 1–9 and R act on the selection, J and K move it.
 */
public final class GalleryView extends BorderPane {

    public GalleryView(GalleryViewModel model) {
        GridView<Integer> grid = new GridView<>(model.rows());
        grid.setId("gallery");
        grid.setCellWidth(GalleryViewModel.THUMBNAIL + 8);
        grid.setCellHeight(GalleryViewModel.THUMBNAIL + 24);
        grid.setCellFactory(view -> new Thumbnail(model));
        grid.setFocusTraversable(true);
        grid.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> grid.requestFocus());
        grid.setOnKeyPressed(e -> {
            KeyCode code = e.getCode();
            if (code.isDigitKey() && !e.isShortcutDown() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
                model.digit(Integer.parseInt(code.getChar().isEmpty() ? "0" : code.getChar()));
                e.consume();
            } else if (code == KeyCode.R && !e.isShortcutDown() && !e.isShiftDown()) {
                model.markReviewed();
                e.consume();
            }
        });
        Label note = new Label(Messages.text("gallery.note"));
        note.getStyleClass().add("panel-note");
        note.setWrapText(true);
        Label message = new Label();
        message.setId("gallery-message");
        message.textProperty().bind(model.messageProperty());
        setTop(note);
        setCenter(grid);
        setBottom(message);
    }

    /** One row's thumbnail and caption. */
    private static final class Thumbnail extends GridCell<Integer> {

        private final GalleryViewModel model;
        private final ImageView image = new ImageView();
        private final Label caption = new Label();
        private final VBox box = new VBox(2, image, caption);
        /** Held here, and weakly by the selection, so a cell the grid lets go of is not kept by it. */
        private final SetChangeListener<Integer> selection = change -> showSelection();

        Thumbnail(GalleryViewModel model) {
            this.model = model;
            model.selected().addListener(new WeakSetChangeListener<>(selection));
            image.setFitWidth(GalleryViewModel.THUMBNAIL);
            image.setFitHeight(GalleryViewModel.THUMBNAIL);
            image.setPreserveRatio(true);
            caption.setMaxWidth(GalleryViewModel.THUMBNAIL);
            box.getStyleClass().add("gallery-cell");
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    model.click(getItem(), e.isShortcutDown(), e.isShiftDown());
                }
            });
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            Integer before = getItem();
            if (before != null && !before.equals(row)) {
                model.leftScreen(before);
            }
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            image.setImage(model.thumbnail(row).orElse(null));
            caption.setText(model.caption(row));
            box.getStyleClass().remove("gallery-error");
            if (model.isError(row)) {
                box.getStyleClass().add("gallery-error");
            }
            showSelection();
            setGraphic(box);
        }

        private void showSelection() {
            box.getStyleClass().remove("gallery-selected");
            if (!isEmpty() && getItem() != null && model.selected().contains(getItem())) {
                box.getStyleClass().add("gallery-selected");
            }
        }
    }
}
