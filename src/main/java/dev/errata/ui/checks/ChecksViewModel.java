package dev.errata.ui.checks;

import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.checks.Check;
import dev.errata.metrics.checks.CheckEvaluator;
import dev.errata.metrics.checks.CheckException;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.metrics.checks.Target;
import dev.errata.report.CheckText;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.text.SpanCheckedText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Checks tab: the project's checks with their value and PASS or FAIL, evaluated again after every edit,
 * and a new check checked as the user types it. The metrics package evaluates; this only shows the results.
 */
public final class ChecksViewModel {

    /**
     * A check as the tab lists it.
     *
     * @param value the value as the report shows it, or why there is none
     */
    public record CheckRow(String text, String value, Verdict verdict) {}

    /** Pending while the slices a check reads are being computed. */
    public enum Verdict {
        PASS,
        FAIL,
        PENDING
    }

    private final ProjectState state;
    private final Background background;
    private final Dialogs dialogs;
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final SpanCheckedText newCheck = new SpanCheckedText(Check::parse);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** The slices the slice and gap checks read; null while none of the checks needs one. */
    private MetricsSnapshot sliced;
    /** The settings {@link #sliced} is computed at: another threshold or tolerance slices again. */
    private MetricsSettings slicedWith;

    private long slicings;

    public ChecksViewModel(ProjectState state, Background background, Dialogs dialogs) {
        this.state = state;
        this.background = background;
        this.dialogs = dialogs;
        state.revisionProperty().addListener((obs, old, edits) -> {
            if (state.snapshot().settings().equals(slicedWith)) {
                refresh();
            } else {
                checksChanged();
            }
        });
        checksChanged();
    }

    /** Adds the check being written, when it parses, and clears the field. */
    public void add() {
        if (!newCheck.validProperty().get()) {
            return;
        }
        List<String> checks = new ArrayList<>(state.project().checks());
        checks.add(newCheck.textProperty().get().strip());
        if (state.setChecks(checks)) {
            newCheck.textProperty().set("");
            checksChanged();
        }
    }

    public void remove(int index) {
        List<String> checks = new ArrayList<>(state.project().checks());
        if (index >= 0 && index < checks.size()) {
            checks.remove(index);
            if (state.setChecks(checks)) {
                checksChanged();
            }
        }
    }

    /**
     * Slices do not change with tag edits, so the slices of the columns the checks name are computed once,
     * off the FX thread, when the checks or the settings change; the rest is read from the snapshot every
     * edit updates.
     */
    private void checksChanged() {
        List<Check> parsed = parsed();
        MetricsSnapshot current = state.snapshot();
        sliced = null;
        slicedWith = current.settings();
        refresh();
        if (parsed.stream().noneMatch(ChecksViewModel::needsSlices)) {
            return;
        }
        var inputs = state.marks().inputs();
        long generation = ++slicings;
        background.submit(new Job<>(
                Messages.text("checks.evaluating"),
                progress -> CheckEvaluator.snapshotFor(
                        parsed, state.project().dataset(), state.project().roles(), current.settings(), inputs),
                snapshot -> {
                    // slices of older checks or settings that finish late are dropped
                    if (generation == slicings) {
                        sliced = snapshot;
                        refresh();
                    }
                },
                failure -> dialogs.showError(Messages.text("checks.failed"), failure.getMessage())));
    }

    private static boolean needsSlices(Check check) {
        Target.Kind kind = check.target().kind();
        return kind == Target.Kind.SLICE || kind == Target.Kind.GAP;
    }

    private List<Check> parsed() {
        List<Check> parsed = new ArrayList<>();
        for (String text : state.project().checks()) {
            try {
                parsed.add(Check.parse(text));
            } catch (CheckException e) {
                // shown as failing in refresh, with its problem
            }
        }
        return parsed;
    }

    private void refresh() {
        List<CheckRow> shown = new ArrayList<>();
        for (String text : state.project().checks()) {
            shown.add(row(text));
        }
        rows.setAll(shown);
        long passed =
                shown.stream().filter(row -> row.verdict() == Verdict.PASS).count();
        summary.set(
                shown.isEmpty() ? Messages.text("checks.none") : Messages.text("checks.summary", passed, shown.size()));
    }

    private CheckRow row(String text) {
        Check check;
        try {
            check = Check.parse(text);
        } catch (CheckException e) {
            return new CheckRow(text, e.problem(), Verdict.FAIL);
        }
        if (needsSlices(check) && sliced == null) {
            return new CheckRow(text, Messages.text("checks.pending"), Verdict.PENDING);
        }
        CheckResult result = CheckEvaluator.evaluate(check, needsSlices(check) ? sliced : state.snapshot());
        return new CheckRow(text, CheckText.valueOrReason(result), result.passed() ? Verdict.PASS : Verdict.FAIL);
    }

    public ObservableList<CheckRow> rows() {
        return rows;
    }

    /** The check being written. */
    public SpanCheckedText newCheck() {
        return newCheck;
    }

    /** "3 of 4 checks pass" */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
