package dev.errata.ui.review;

import dev.errata.data.Column;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.WordAlignment;
import dev.errata.metrics.Transcripts;
import dev.errata.report.NumberText;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.session.RowMarks;
import dev.errata.ui.table.RowsViewModel;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.roaringbitmap.RoaringBitmap;

/**
 * Review mode: moving through the rows the filter shows (J/K), marking the selected ones reviewed (R), writing a note
 * (N), and the detail of the current row.
 */
public final class ReviewViewModel {

    /**
     * A column of the data and its value in the current row, empty while no row is current. The lines are
     * made once and keep their identity as the row changes: replacing them made the table of fields put every
     * line in another place and restyle it after layout, which left a second frame that drew the whole window.
     */
    public static final class Field {
        private final Column column;
        private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");

        Field(Column column) {
            this.column = column;
        }

        public String name() {
            return column.name();
        }

        public String value() {
            return value.get();
        }

        public ReadOnlyStringProperty valueProperty() {
            return value.getReadOnlyProperty();
        }
    }

    private final ProjectState state;
    private final RowsViewModel rows;
    private final Dialogs dialogs;
    private final IntegerProperty position = new SimpleIntegerProperty(-1);
    private final ObservableList<Field> fields;
    private final MediaColumns mediaColumns;
    private final ObservableList<MediaPreview> media = FXCollections.observableArrayList();
    private final ObservableList<WordAlignment.Step> alignment = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tags = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reviewers = new ReadOnlyStringWrapper("");

    public ReviewViewModel(ProjectState state, RowsViewModel rows, Dialogs dialogs) {
        this.state = state;
        this.rows = rows;
        this.dialogs = dialogs;
        this.fields = FXCollections.observableArrayList(
                state
                        .project()
                        .roles()
                        .outcomeFirst(
                                rows.dataset().columnNames(), state.project().models())
                        .stream()
                        .map(name -> new Field(rows.dataset().column(name)))
                        .toList());
        this.mediaColumns =
                new MediaColumns(rows.dataset(), state.project().dataFile().getParent());
        position.addListener((obs, old, value) -> showDetail());
        state.revisionProperty().addListener((obs, old, edits) -> showDetail());
        rows.rows().addListener((javafx.collections.ListChangeListener<Integer>) change -> position.set(-1));
        showDetail();
    }

    /** J: the next row of the current filter. */
    public void next() {
        if (position.get() + 1 < rows.rows().size()) {
            position.set(position.get() + 1);
        }
    }

    /** K: the previous row of the current filter. */
    public void previous() {
        if (position.get() > 0) {
            position.set(position.get() - 1);
        }
    }

    /**
     * R marks the selected rows reviewed, Shift+R unmarks them, each in one edit, one undo step. A key that
     * only ever marks can be pressed again without undoing a review. With no selection it acts on the
     * current row.
     */
    public void markReviewed(int[] selectedRows, boolean reviewed) {
        int row = currentRow();
        RoaringBitmap rows = selectedRows.length > 0
                ? RoaringBitmap.bitmapOf(selectedRows)
                : row >= 0 ? RoaringBitmap.bitmapOf(row) : new RoaringBitmap();
        if (rows.isEmpty()) {
            return;
        }
        state.edit(Messages.text("review.failed"), session -> session.setReviewed(rows, reviewed));
    }

    /** N: asks for the current row's note; an empty note removes it. */
    public void editNote() {
        int row = currentRow();
        if (row < 0) {
            return;
        }
        String id = rows.dataset().rowId(row);
        dialogs.askText("Note on row " + id, "Note", state.session().note(row).orElse(""))
                .ifPresent(text -> state.edit("Cannot change the note", session -> session.setNote(row, text.strip())));
    }

    /** The current row's index in the dataset, or -1 when no row is current. */
    public int currentRow() {
        int at = position.get();
        return at >= 0 && at < rows.rows().size() ? rows.rows().rowAt(at) : -1;
    }

    private void showDetail() {
        int row = currentRow();
        if (row < 0) {
            heading.set("No row selected");
            fields.forEach(field -> field.value.set(""));
            media.clear();
            alignment.clear();
            note.set("");
            tags.set("");
            reviewers.set("");
            return;
        }
        Dataset dataset = rows.dataset();
        RowMarks marks = state.marks();
        String status = rows.isError(row) ? "error" : rows.isEvaluable(row) ? "correct" : "not evaluable";
        heading.set("Row " + dataset.rowId(row) + outcome(row) + " · " + status
                + (marks.isReviewed(row) ? " · reviewed" : " · not reviewed"));
        List<String> reviewedBy = state.session().reviewers(row);
        reviewers.set(reviewedBy.isEmpty() ? "" : "reviewed by " + String.join(", ", reviewedBy));
        fields.forEach(field -> field.value.set(NumberText.exactCell(field.column, row)));
        List<MediaPreview> shown = mediaColumns.of(row);
        if (!shown.equals(media)) {
            // an edit of the same row shows it again; the image stays rather than loading anew
            media.setAll(shown);
        }
        Transcripts transcripts = state.snapshot().transcripts();
        if (transcripts != null && transcripts.isPresent(row)) {
            alignment.setAll(WordAlignment.align(transcripts.reference(row), transcripts.recognised(row)));
        } else {
            alignment.clear();
        }
        note.set(state.session().note(row).orElse(""));
        tags.set(marks.tags().stream()
                .filter(t -> marks.has(t.name(), row))
                .map(t -> {
                    List<String> taggers = state.session().taggers(t.name(), row);
                    return taggers.isEmpty() ? t.name() : t.name() + " (" + String.join(", ", taggers) + ")";
                })
                .collect(Collectors.joining(", ")));
    }

    /** "dent → pit_mark": the row's label and prediction, short enough for a thumbnail's caption. */
    String labelToPrediction(int row) {
        ColumnRoles roles = state.project().roles();
        Dataset dataset = rows.dataset();
        return cell(dataset, roles.label(), row) + " → " + cell(dataset, roles.prediction(), row);
    }

    private static String cell(Dataset dataset, String column, int row) {
        if (column == null || !dataset.columnNames().contains(column)) {
            return NumberText.UNDEFINED;
        }
        String value = NumberText.cell(dataset.column(column), row);
        return value.isEmpty() ? NumberText.UNDEFINED : value;
    }

    /** The row's label, prediction and score, which its fields may list only after many others (an image's pixels). */
    private String outcome(int row) {
        ColumnRoles roles = state.project().roles();
        Dataset dataset = rows.dataset();
        StringBuilder text = new StringBuilder();
        String[][] parts = {{"label", roles.label()}, {"predicted", roles.prediction()}, {"score", roles.score()}};
        for (String[] part : parts) {
            if (part[1] != null && dataset.columnNames().contains(part[1])) {
                String value = NumberText.cell(dataset.column(part[1]), row);
                text.append(" · ").append(part[0]).append(' ').append(value.isEmpty() ? NumberText.UNDEFINED : value);
            }
        }
        return text.toString();
    }

    /** The current position in the table's rows, -1 for none; the table's selection follows it. */
    public IntegerProperty positionProperty() {
        return position;
    }

    public ObservableList<Field> fields() {
        return fields;
    }

    /** The images and audio the current row's cells name. */
    public ObservableList<MediaPreview> media() {
        return media;
    }

    /** A transcription's current row: its reference aligned with its recognised transcript; else empty. */
    public ObservableList<WordAlignment.Step> alignment() {
        return alignment;
    }

    /** "Row 104 · error · not reviewed" */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** "reviewed by alice, bob"; empty for a row not reviewed or reviewed before analysts were recorded. */
    public ReadOnlyStringProperty reviewersProperty() {
        return reviewers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The current row's tags, comma-separated, each with who tagged it: "noise (alice), blurry (bob)". */
    public ReadOnlyStringProperty tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    /** "reviewed 120 of 450 errors": the project's errors, whatever the filter. */
    public ReadOnlyStringProperty progressProperty() {
        return rows.reviewProgressProperty();
    }
}
