package dev.errata.ui.review;

import dev.errata.data.Dataset;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.table.RowList;
import dev.errata.ui.table.RowsViewModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.image.Image;

/**
 * The images of the rows the table shows now, as thumbnails to tag at a glance: several selected, 1–9
 * toggles a tag on all of them and R marks them reviewed, as in the table; a click shows the row in the
 * detail. Thumbnails load in the background when first shown and a bounded cache keeps the latest.
 */
public final class GalleryViewModel {

    /** Thumbnails kept: enough for several screens of scrolling back, bounded for ten thousand images. */
    static final int CACHED = 1200;

    public static final double THUMBNAIL = 112;

    private final RowsViewModel rows;
    private final ReviewViewModel review;
    private final MediaColumns media;
    private final ObservableSet<Integer> selected = FXCollections.observableSet();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<Integer, Image> thumbnails = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > CACHED;
        }
    };
    private int anchor = -1;

    public GalleryViewModel(RowsViewModel rows, ReviewViewModel review, Path dataFolder) {
        this.rows = rows;
        this.review = review;
        this.media = new MediaColumns(rows.dataset(), dataFolder);
    }

    /** Whether the data has a column of image paths. */
    public static boolean applies(Dataset dataset, Path dataFolder) {
        return new MediaColumns(dataset, dataFolder).hasImages();
    }

    /** The rows of the current filter, in the table's order. */
    public RowList rows() {
        return rows.rows();
    }

    /** The row's thumbnail, loading in the background; empty when the row has no image file. */
    public Optional<Image> thumbnail(int row) {
        Image cached = thumbnails.get(row);
        if (cached != null) {
            return Optional.of(cached);
        }
        return media.firstImage(row).map(file -> {
            Image image = new Image(file.toUri().toString(), THUMBNAIL, THUMBNAIL, true, true, true);
            thumbnails.put(row, image);
            return image;
        });
    }

    /**
     * The row's thumbnail has left the screen: one still loading stops and is forgotten. Loads run one after
     * another, so after a fast scroll through hundreds of rows the thumbnails where the user stopped waited
     * seconds behind the ones scrolled past.
     */
    public void leftScreen(int row) {
        Image image = thumbnails.get(row);
        if (image != null && image.getProgress() < 1 && !image.isError()) {
            image.cancel();
            thumbnails.remove(row);
        }
    }

    /** "12 · dent → pit_mark": the row's id, label and prediction. */
    public String caption(int row) {
        Dataset data = rows.dataset();
        String id = data.idColumn().map(c -> data.rowId(row)).orElse(String.valueOf(row + 1));
        return id + " · " + review.labelToPrediction(row);
    }

    public boolean isError(int row) {
        return rows.isError(row);
    }

    /**
     * A click: alone it selects the row and shows it in the detail; with the shortcut key it adds or removes
     * the row; with shift it selects from the last clicked row to this one, in the table's order.
     */
    public void click(int row, boolean toggle, boolean range) {
        RowList list = rows.rows();
        if (range && anchor >= 0 && list.positionOf(anchor) >= 0) {
            int from = Math.min(list.positionOf(anchor), list.positionOf(row));
            int to = Math.max(list.positionOf(anchor), list.positionOf(row));
            selected.clear();
            for (int i = from; i <= to; i++) {
                selected.add(list.rowAt(i));
            }
            return;
        }
        if (toggle) {
            if (!selected.remove(row)) {
                selected.add(row);
            }
        } else {
            selected.clear();
            selected.add(row);
            review.positionProperty().set(list.positionOf(row));
        }
        anchor = row;
    }

    /** 1–9: toggles the tag with that shortcut on every selected row, or says no tag has it. */
    public void digit(int key) {
        if (selected.isEmpty()) {
            message.set(Messages.text("gallery.selectFirst"));
            return;
        }
        Optional<String> tag = rows.toggleShortcut(key, selectedRows());
        message.set(tag.map(t -> Messages.text("gallery.toggled", t, selected.size()))
                .orElseGet(() -> Messages.text("gallery.noShortcut", key)));
    }

    /** R: marks every selected row reviewed. */
    public void markReviewed() {
        if (!selected.isEmpty()) {
            review.markReviewed(selectedRows(), true);
            message.set(Messages.text("gallery.reviewed", selected.size()));
        }
    }

    public ObservableSet<Integer> selected() {
        return selected;
    }

    private int[] selectedRows() {
        return selected.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** What the last key did, or why it did nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
