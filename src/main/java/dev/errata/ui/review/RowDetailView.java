package dev.errata.ui.review;

import dev.errata.ui.messages.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The current row: its status, tags, note and every field, with the review progress. */
public final class RowDetailView extends VBox {

    public RowDetailView(ReviewViewModel model, ClipViewModel clips) {
        getStyleClass().add("row-detail");
        Label heading = new Label();
        heading.setId("row-heading");
        heading.getStyleClass().add("detail-heading");
        heading.textProperty().bind(model.headingProperty());
        // the heading wraps rather than lose its end to the progress beside it, which keeps its whole width
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label progress = new Label();
        progress.setId("review-progress");
        progress.textProperty().bind(model.progressProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(8, heading, progress);

        Label reviewers = new Label();
        reviewers.setId("row-reviewers");
        reviewers.textProperty().bind(model.reviewersProperty());
        // a line only for a row someone is recorded to have reviewed
        reviewers.visibleProperty().bind(model.reviewersProperty().isNotEmpty());
        reviewers.managedProperty().bind(reviewers.visibleProperty());
        Label tags = new Label();
        tags.setId("row-tags");
        tags.textProperty()
                .bind(model.tagsProperty()
                        .map(text -> Messages.text(
                                "review.tags", text.isEmpty() ? Messages.text("review.tags.none") : text)));
        Label note = new Label();
        note.setId("row-note");
        note.setWrapText(true);
        note.textProperty()
                .bind(model.noteProperty()
                        .map(text -> Messages.text(
                                "review.note", text.isEmpty() ? Messages.text("review.note.none") : text)));
        Label keys = new Label();
        keys.setId("review-keys");
        // P is offered where the row has a clip to play
        String reviewKeys = Messages.text("review.keys");
        keys.textProperty()
                .bind(clips.clipProperty()
                        .map(clip -> Messages.text("review.keys.clip", reviewKeys))
                        .orElse(reviewKeys));
        keys.getStyleClass().add("panel-note");

        TableView<ReviewViewModel.Field> fields = new TableView<>(model.fields());
        fields.setId("row-fields");
        TableColumn<ReviewViewModel.Field, String> name = new TableColumn<>(Messages.text("review.field"));
        name.setPrefWidth(140);
        name.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        TableColumn<ReviewViewModel.Field, String> value = new TableColumn<>(Messages.text("review.value"));
        value.setPrefWidth(260);
        value.setCellValueFactory(cell -> cell.getValue().valueProperty());
        fields.getColumns().addAll(name, value);
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(fields, Priority.ALWAYS);
        getChildren()
                .addAll(
                        top,
                        reviewers,
                        tags,
                        note,
                        keys,
                        new AlignmentView(model.alignment()),
                        new MediaPane(model.media(), clips),
                        fields);
    }
}
