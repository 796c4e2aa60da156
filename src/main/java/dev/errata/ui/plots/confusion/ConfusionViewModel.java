package dev.errata.ui.plots.confusion;

import dev.errata.metrics.ClassMetrics;
import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.ConfusionMatrix;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.plots.ConfidentMistakes;
import dev.errata.metrics.plots.ConfusionCells;
import dev.errata.report.OverallLine;
import dev.errata.ui.background.Job;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.table.RowSubset;
import dev.errata.workbench.CleanLabels;
import dev.errata.workbench.LabelErrorsReview;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.roaringbitmap.RoaringBitmap;

/**
 * The confusion tab: the matrix with classes in scikit-learn's label order (or by support, when the user
 * picks it), the overall metrics, per-class precision, recall, F1 and support, and
 * the rows behind a cell or behind the most confident mistakes.
 */
public final class ConfusionViewModel {

    /** What share a cell's percentage is of. */
    public enum Share {
        ROW,
        COLUMN
    }

    /** The order of the matrix's rows and columns: the classes' own order, as everywhere else, or by support. */
    public enum Ordering {
        LABELS,
        SUPPORT
    }

    private final PlotInputs inputs;
    private final ObjectProperty<Share> share = new SimpleObjectProperty<>(Share.ROW);
    private final ObjectProperty<Ordering> ordering = new SimpleObjectProperty<>(Ordering.LABELS);

    private final BooleanProperty cleanLabels = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper cleanLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper confirmed = new ReadOnlyLongWrapper();
    /** The rows the clean-label line was last asked for without; null while the line is not shown. */
    private RoaringBitmap countedWithout;

    public ConfusionViewModel(PlotInputs inputs) {
        this.inputs = inputs;
        confirmed.set(confirmedLabelErrors().getLongCardinality());
        cleanLabels.addListener((obs, was, on) -> recountCleanLabels());
        inputs.state().revisionProperty().addListener((obs, old, now) -> {
            confirmed.set(confirmedLabelErrors().getLongCardinality());
            // every tag key is a revision; only a change of the confirmed rows changes the clean labels
            if (!confirmedLabelErrors().equals(countedWithout)) {
                recountCleanLabels();
            }
        });
    }

    /** How many rows are confirmed label errors now, for the toggle to say and to show only when there are some. */
    public ReadOnlyLongProperty confirmedCountProperty() {
        return confirmed.getReadOnlyProperty();
    }

    /** The rows the analyst confirmed as label errors: those of the tag that confirms a suspect. */
    public RoaringBitmap confirmedLabelErrors() {
        return inputs.state().marks().rowsOf(LabelErrorsReview.TAG);
    }

    /** Whether the tab also shows the overall metrics with the confirmed label errors left out. */
    public BooleanProperty cleanLabelsProperty() {
        return cleanLabels;
    }

    /** The overall metrics on clean labels, with how many rows were left out; empty while not asked for. */
    public ReadOnlyStringProperty cleanLineProperty() {
        return cleanLine.getReadOnlyProperty();
    }

    /** Computes the clean-label line off the FX thread: a new snapshot of every row but the confirmed ones. */
    private void recountCleanLabels() {
        RoaringBitmap confirmed = confirmedLabelErrors().clone();
        if (!cleanLabels.get() || confirmed.isEmpty()) {
            countedWithout = null;
            cleanLine.set("");
            return;
        }
        countedWithout = confirmed;
        var data = inputs.dataset();
        var roles = inputs.roles();
        var settings = inputs.snapshot().settings();
        inputs.background()
                .submit(new Job<String>(
                        Messages.text("confusion.cleanLabels.computing"),
                        progress -> CleanLabels.overallLine(data, roles, settings, confirmed),
                        line -> cleanLine.set(
                                Messages.text("confusion.cleanLabels.line", confirmed.getLongCardinality(), line)),
                        inputs::failed));
    }

    /** Whether the project is a classification, the only kind with a confusion matrix. */
    /** The inputs every plot reads, for the model picker above the plot. */
    public PlotInputs inputs() {
        return inputs;
    }

    public static boolean applies(PlotInputs inputs) {
        return inputs.snapshot().classification() != null;
    }

    private ClassificationMetrics metrics() {
        return inputs.snapshot().classification();
    }

    /** The overall metrics on one line: accuracy, F1 and, with class probabilities, ROC AUC and the Brier score. */
    public String overall() {
        return OverallLine.of(inputs.snapshot());
    }

    public ConfusionMatrix matrix() {
        return metrics().confusion();
    }

    /** Class indices in the order of the matrix's rows and columns. */
    public List<Integer> order() {
        return ordering.get() == Ordering.SUPPORT ? matrix().classesBySupport() : matrix().classesInOrder();
    }

    public ObjectProperty<Ordering> orderingProperty() {
        return ordering;
    }

    /** Per class in the matrix's order, the pooled rest as one when the matrix pools classes. */
    public List<ClassMetrics> perClass() {
        return order().stream().map(metrics().summary()::get).toList();
    }

    /** Each cell's share of its row (true class) or column (predicted class); NaN for an empty one. */
    public List<List<Double>> shares() {
        return share.get() == Share.ROW ? matrix().rowNormalised() : matrix().columnNormalised();
    }

    public ObjectProperty<Share> shareProperty() {
        return share;
    }

    /** Limits the table to the rows of one cell. */
    public void showCell(int trueClass, int predictedClass) {
        Outcomes outcomes = inputs.outcomesProperty().get();
        List<String> classes = matrix().classes();
        inputs.showRows(RowSubset.of(
                "label " + classes.get(trueClass) + " · predicted " + classes.get(predictedClass),
                ConfusionCells.rows(outcomes, matrix(), trueClass, predictedClass)));
    }

    /** Limits the table to the errors, the most confident first. */
    public void showConfidentMistakes() {
        Outcomes outcomes = inputs.outcomesProperty().get();
        inputs.showRows(RowSubset.ordered(
                "mistakes by confidence",
                ConfidentMistakes.order(outcomes, inputs.errorRows().errors())));
    }

    /** Changes when the matrix may have: the outcomes are bound again after the threshold changed. */
    public ReadOnlyObjectProperty<Outcomes> outcomesProperty() {
        return inputs.outcomesProperty();
    }

    /** Rows are known once the outcomes are bound. */
    public BooleanBinding readyBinding() {
        return inputs.outcomesProperty().isNotNull();
    }

    /** The confident mistakes need a score: a binary score or class probabilities. */
    public BooleanBinding confidenceKnownBinding() {
        return Bindings.createBooleanBinding(
                () -> inputs.outcomesProperty().get() != null
                        && ConfidentMistakes.applies(inputs.outcomesProperty().get()),
                inputs.outcomesProperty());
    }
}
