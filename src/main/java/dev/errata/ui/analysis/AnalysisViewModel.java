package dev.errata.ui.analysis;

import dev.errata.data.Task;
import dev.errata.figure.PriorityFigure;
import dev.errata.metrics.GainRank;
import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.TranscriptionMetrics;
import dev.errata.report.NumberText;
import dev.errata.tags.ReviewQueue;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ItemsUpdate;
import dev.errata.ui.session.ProjectState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The analysis tabs: the metric panel's rows, the priorities ranked by potential gain, and the tags placed
 * on the priority chart. Renders the snapshot the metrics package computed; computes nothing itself.
 */
public final class AnalysisViewModel {

    private final ProjectState state;
    private final ObjectProperty<String> tagFilter;
    private final ObservableList<TagLine> tags = FXCollections.observableArrayList();
    private final ObservableList<TagLine> priorities = FXCollections.observableArrayList();
    private final ObservableList<PriorityFigure.Point> placed = FXCollections.observableArrayList();
    private final Map<String, GainRank> ranked = new HashMap<>();
    private final ReadOnlyStringWrapper pickedNote = new ReadOnlyStringWrapper("");
    private final BooleanProperty excludePicked = new SimpleBooleanProperty(false);
    /** Set while the panel shows the session's choice, which is then no edit of the user's. */
    private boolean showingChoice;

    /** @param tagFilter the row table's tag filter, set when the analyst picks a tag here */
    public AnalysisViewModel(ProjectState state, ObjectProperty<String> tagFilter) {
        this.state = state;
        this.tagFilter = tagFilter;
        state.revisionProperty().addListener((obs, old, edits) -> refresh());
        excludePicked.addListener((obs, old, exclude) -> {
            if (!showingChoice) {
                state.edit(Messages.text("queue.picked.failed"), session -> session.excludePicked(exclude));
            }
        });
        refresh();
    }

    private void showPicked() {
        Optional<ReviewQueue> queue = state.session().reviewQueue();
        long picked = queue.map(q -> q.progress(
                                state.marks().reviewed(),
                                state.snapshot().errorRows().errors())
                        .picked())
                .orElse(0L);
        boolean excluded = queue.map(ReviewQueue::excludePicked).orElse(false);
        pickedNote.set(
                picked == 0
                        ? ""
                        : Messages.text(
                                excluded ? "queue.picked.left" : "queue.picked.counted",
                                NumberText.count(picked),
                                picked));
        showingChoice = true;
        excludePicked.set(excluded);
        showingChoice = false;
    }

    private void refresh() {
        List<TagMetricsRow> rows = new ArrayList<>();
        List<TagMetrics> metrics = state.snapshot().tags();
        List<TranscriptionMetrics> transcriptions = state.snapshot().tagTranscriptions();
        for (int i = 0; i < metrics.size(); i++) {
            TagMetrics tag = metrics.get(i);
            TranscriptionMetrics transcription = transcriptions.isEmpty() ? null : transcriptions.get(i);
            state.marks().tag(tag.name()).ifPresent(d -> rows.add(new TagMetricsRow(d, tag, transcription)));
        }
        Map<String, TagMetricsRow> byName = rows.stream().collect(Collectors.toMap(TagMetricsRow::name, r -> r));
        // by name, since a table sorted by a column has put the lines in its own order
        if (byName.keySet().equals(tags.stream().map(TagLine::name).collect(Collectors.toSet()))) {
            tags.forEach(line -> line.show(byName.get(line.name())));
        } else {
            tags.setAll(rows.stream().map(TagLine::new).toList());
        }
        Map<String, TagLine> lines = tags.stream().collect(Collectors.toMap(TagLine::name, line -> line));
        List<TagMetrics> byGain =
                GainRank.byGain(tags.stream().map(TagLine::metrics).toList());
        List<GainRank> ranks = GainRank.of(byGain);
        ranked.clear();
        for (int i = 0; i < byGain.size(); i++) {
            ranked.put(byGain.get(i).name(), ranks.get(i));
        }
        List<TagLine> inOrder = byGain.stream().map(m -> lines.get(m.name())).toList();
        if (!inOrder.equals(priorities)) {
            priorities.setAll(inOrder);
        }
        ItemsUpdate.keepUnchanged(
                placed,
                PriorityFigure.placeable(
                        byGain, rows.stream().map(TagMetricsRow::definition).toList()));
        showPicked();
    }

    /** The tag's rank by potential gain, a range where the gains' intervals overlap. */
    public GainRank rank(String tag) {
        return ranked.getOrDefault(tag, GainRank.NONE);
    }

    /** Shows only this tag's rows in the table. */
    public void showRowsOf(String tag) {
        tagFilter.set(tag);
    }

    /** Whether the tags have a transcription's word, character and sentence error rates to show. */
    public boolean isTranscription() {
        return state.snapshot().task() == Task.TRANSCRIPTION;
    }

    public ObservableList<TagLine> tags() {
        return tags;
    }

    /** By potential gain, largest first; tags without a baseline last. */
    public ObservableList<TagLine> priorities() {
        return priorities;
    }

    /**
     * "23 rows reviewed outside the queue count in the estimates; …" while a queue exists and rows were
     * reviewed outside it; empty otherwise.
     */
    public ReadOnlyStringProperty pickedNoteProperty() {
        return pickedNote.getReadOnlyProperty();
    }

    /** Whether rows reviewed outside the queue are left out of the estimates; setting it is an undoable edit. */
    public BooleanProperty excludePickedProperty() {
        return excludePicked;
    }

    /** The tags with a potential gain and an ease, by gain, as the priority chart places them. */
    public ObservableList<PriorityFigure.Point> placed() {
        return placed;
    }
}
