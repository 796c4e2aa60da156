package dev.errata.ui.importing;

import dev.errata.data.ColumnRoles;
import dev.errata.data.CsvImporter;
import dev.errata.data.DataPreview;
import dev.errata.data.ImportRequest;
import dev.errata.data.RoleDetector;
import dev.errata.data.Task;
import dev.errata.report.NumberText;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.messages.Messages;
import dev.errata.workbench.TagColumns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A CSV about to be loaded: its first rows, the roles detection picked and the user's changes to them, and
 * a predictions file to join. Only what the user changed goes into the request as an override, so the load
 * still detects the task and positive class from all rows rather than from the preview's.
 */
public final class ImportViewModel {

    private final Path data;
    private final DataPreview preview;
    private final Background background;
    private final Dialogs dialogs;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final Map<ColumnRole, ObservableList<String>> choices = new EnumMap<>(ColumnRole.class);
    private final Map<ColumnRole, ObjectProperty<String>> roles = new EnumMap<>(ColumnRole.class);
    private ColumnRoles detected;
    private final String detectedPrefix;
    private final StringProperty probabilityPrefix = new SimpleStringProperty("");
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>();
    private final StringProperty positiveClass = new SimpleStringProperty("");
    private final ObservableList<String> classes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> predictions = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> joinChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> join = new SimpleObjectProperty<>();
    private final BooleanProperty lenient = new SimpleBooleanProperty(false);
    private final StringBinding classScoreColumns;
    private final StringBinding problem;
    private final StringBinding summary;
    private final ObservableList<TagColumnChoice> tagColumns = FXCollections.observableArrayList();

    public ImportViewModel(Path data, DataPreview preview, Background background, Dialogs dialogs) {
        this.data = data;
        this.preview = preview;
        this.background = background;
        this.dialogs = dialogs;
        this.detected = preview.detected();
        for (ColumnRole role : ColumnRole.values()) {
            choices.put(role, FXCollections.observableArrayList());
            roles.put(role, new SimpleObjectProperty<>(role.of(detected)));
        }
        detectedPrefix = prefixOf(detected);
        probabilityPrefix.set(detectedPrefix);
        task.set(preview.task());
        columns.setAll(preview.columns());
        fillChoices();
        roles.get(ColumnRole.LABEL).addListener((obs, old, label) -> fillClasses());
        fillClasses();
        offerTagColumns();
        Observable[] inputs = inputs();
        classScoreColumns = Bindings.createStringBinding(this::classScoreText, inputs);
        problem = Bindings.createStringBinding(this::findProblem, inputs);
        summary = Bindings.createStringBinding(this::summaryText, inputs);
        for (ColumnRole role : ColumnRole.values()) {
            roles.get(role).addListener((obs, old, column) -> offerTagColumns());
        }
    }

    private Observable[] inputs() {
        List<Observable> all = new ArrayList<>(roles.values());
        all.addAll(List.of(columns, probabilityPrefix, task, predictions, join));
        return all.toArray(Observable[]::new);
    }

    /** "proba_" from {@code cat → proba_cat}: the class-probability columns share a prefix. */
    private static String prefixOf(ColumnRoles roles) {
        return roles.classScores().entrySet().stream()
                .findFirst()
                .map(e -> e.getValue()
                        .substring(0, e.getValue().length() - e.getKey().length()))
                .orElse("");
    }

    /**
     * A role detection filled can be moved to another column but not cleared: the importer falls back to
     * what it detects for every role the request leaves open.
     */
    private void fillChoices() {
        for (ColumnRole role : ColumnRole.values()) {
            List<String> list = new ArrayList<>();
            if (role.of(detected) == null) {
                list.add(null);
            }
            list.addAll(columns);
            choices.get(role).setAll(list);
        }
    }

    /**
     * The boolean columns playing no role, each taken as a tag when named {@code tag_*} or {@code is_*}
     * ({@link TagColumns}); a column offered before keeps the user's choice.
     */
    private void offerTagColumns() {
        Set<String> roleColumns = new LinkedHashSet<>();
        roles.values().forEach(role -> roleColumns.add(role.get()));
        Map<String, Boolean> before = new HashMap<>();
        tagColumns.forEach(choice -> before.put(choice.column(), choice.taken().get()));
        tagColumns.setAll(TagColumns.offered(preview, roleColumns).stream()
                .map(offer ->
                        new TagColumnChoice(offer.column(), before.getOrDefault(offer.column(), offer.suggested())))
                .toList());
    }

    /** The classes the preview's rows show, to pick the positive class from. */
    private void fillClasses() {
        String chosen = roles.get(ColumnRole.LABEL).get();
        int label = chosen == null ? -1 : preview.columns().indexOf(chosen);
        Set<String> seen = new LinkedHashSet<>();
        if (label >= 0) {
            preview.rows().forEach(row -> seen.add(row.get(label)));
        }
        seen.remove("");
        classes.setAll(seen);
    }

    private Map<String, String> classScores() {
        String prefix =
                probabilityPrefix.get() == null ? "" : probabilityPrefix.get().strip();
        return prefix.isEmpty() ? Map.of() : RoleDetector.classScores(columns, prefix);
    }

    private String classScoreText() {
        Map<String, String> found = classScores();
        return found.isEmpty()
                ? Messages.text("import.classScores.none")
                : Messages.text("import.classScores.found", found.size(), String.join(", ", found.keySet()));
    }

    private String findProblem() {
        String label = roles.get(ColumnRole.LABEL).get();
        if (label == null) {
            return Messages.text("import.problem.noLabel");
        }
        if (label.equals(roles.get(ColumnRole.PREDICTION).get())) {
            return Messages.text("import.problem.labelIsPrediction", label);
        }
        String prefix =
                probabilityPrefix.get() == null ? "" : probabilityPrefix.get().strip();
        if (!prefix.isEmpty() && classScores().isEmpty()) {
            return Messages.text("import.problem.prefix", prefix);
        }
        if (predictions.get() != null && join.get() == null) {
            return Messages.text("import.problem.noJoin", predictions.get().getFileName());
        }
        return "";
    }

    /** Asks for a predictions file and reads its header off the FX thread, to offer its columns. */
    public void choosePredictions() {
        dialogs.chooseDataFile(Messages.text("import.predictions.choose"))
                .ifPresent(file -> background.submit(new Job<>(
                        Messages.text("import.predictions.reading", file.getFileName()),
                        progress -> CsvImporter.columnNames(ImportRequest.of(file)),
                        names -> predictionsRead(file, names),
                        failure -> dialogs.showError(
                                Messages.text("import.predictions.failed", file.getFileName()),
                                failure.getMessage()))));
    }

    private void predictionsRead(Path file, List<String> names) {
        List<String> all = new ArrayList<>(preview.columns());
        all.addAll(names);
        // roles the predictions file brings (its prediction and score columns) are detected like the importer does
        ColumnRoles now = RoleDetector.detect(all);
        for (ColumnRole role : ColumnRole.values()) {
            if (roles.get(role).get() == null || Objects.equals(roles.get(role).get(), role.of(detected))) {
                roles.get(role).set(role.of(now));
            }
        }
        detected = now;
        columns.setAll(all);
        fillChoices();
        List<String> shared = preview.columns().stream().filter(names::contains).toList();
        joinChoices.setAll(shared);
        String id = now.id();
        join.set(
                id != null && shared.contains(id)
                        ? id
                        : shared.stream().findFirst().orElse(null));
        predictions.set(file);
    }

    /** Back to the one file. */
    public void clearPredictions() {
        predictions.set(null);
        joinChoices.clear();
        join.set(null);
        detected = preview.detected();
        columns.setAll(preview.columns());
        for (ColumnRole role : ColumnRole.values()) {
            if (roles.get(role).get() != null
                    && !preview.columns().contains(roles.get(role).get())) {
                roles.get(role).set(role.of(detected));
            }
        }
        fillChoices();
    }

    /** What to load; call only when {@link #problemProperty()} is empty. */
    public ImportRequest request() {
        ImportRequest request = ImportRequest.of(data);
        if (predictions.get() != null) {
            request = request.withPredictions(predictions.get(), join.get());
        }
        String prefix =
                probabilityPrefix.get() == null ? "" : probabilityPrefix.get().strip();
        ColumnRoles overrides = new ColumnRoles(
                changed(ColumnRole.ID),
                changed(ColumnRole.LABEL),
                changed(ColumnRole.PREDICTION),
                changed(ColumnRole.SCORE),
                prefix.equals(detectedPrefix) ? null : classScores(),
                Objects.equals(task.get(), preview.task()) ? null : task.get(),
                positiveClass.get() == null || positiveClass.get().isBlank()
                        ? null
                        : positiveClass.get().strip());
        request = request.withOverrides(overrides);
        return lenient.get() ? request.lenient() : request;
    }

    private String changed(ColumnRole role) {
        String chosen = roles.get(role).get();
        return Objects.equals(chosen, role.of(detected)) ? null : chosen;
    }

    /** The role a column plays now, or null, for the preview's header. */
    public ColumnRole roleOf(String column) {
        for (ColumnRole role : ColumnRole.values()) {
            if (column.equals(roles.get(role).get())) {
                return role;
            }
        }
        return null;
    }

    /**
     * "Columns: label as label, prediction as prediction · binary task, 2 classes · 9,769 rows · read as UTF-8":
     * the roles as chosen now, and the task and classes the head of the file gives them, so the summary
     * follows every change of role rather than saying what detection found before.
     */
    private String summaryText() {
        List<String> parts = new ArrayList<>();
        for (ColumnRole role : ColumnRole.values()) {
            String column = roles.get(role).get();
            if (column != null) {
                parts.add(Messages.text("import.detected.role", role.name().toLowerCase(Locale.ROOT), column));
            }
        }
        String found = parts.isEmpty() ? Messages.text("import.detected.nothing") : String.join(", ", parts);
        ColumnRoles chosen = new ColumnRoles(
                roles.get(ColumnRole.ID).get(),
                roles.get(ColumnRole.LABEL).get(),
                roles.get(ColumnRole.PREDICTION).get(),
                roles.get(ColumnRole.SCORE).get(),
                classScores(),
                Objects.equals(task.get(), preview.task()) ? null : task.get(),
                null);
        Task now = preview.taskFor(chosen);
        String taskText = now == null
                ? Messages.text("import.detected.noTask")
                : now == Task.REGRESSION
                        ? Messages.text("import.detected.task", now.key())
                        : Messages.text(
                                "import.detected.classes",
                                now.key(),
                                preview.classesFor(chosen).size());
        String rows = Messages.text(
                preview.isWholeFile() ? "import.detected.rows" : "import.detected.aboutRows",
                NumberText.count(preview.rowCount()),
                preview.rowCount());
        return Messages.text("import.detected", found, taskText, rows, preview.encoding());
    }

    public Path data() {
        return data;
    }

    public DataPreview preview() {
        return preview;
    }

    /** The columns a role may take; a null item stands for "no such column". */
    public ObservableList<String> choices(ColumnRole role) {
        return choices.get(role);
    }

    /** The column playing the role, null for none. */
    public ObjectProperty<String> roleProperty(ColumnRole role) {
        return roles.get(role);
    }

    /** Class-probability columns are this prefix and a class name; empty for none. */
    public StringProperty probabilityPrefixProperty() {
        return probabilityPrefix;
    }

    /** "3 columns: cat, dog, bird" */
    public StringBinding classScoreColumnsProperty() {
        return classScoreColumns;
    }

    /** Null leaves it to detection. */
    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    /** Empty leaves it to detection. */
    public StringProperty positiveClassProperty() {
        return positiveClass;
    }

    /** The label's values in the preview rows. */
    public ObservableList<String> classes() {
        return classes;
    }

    public ReadOnlyObjectProperty<Path> predictionsProperty() {
        return predictions.getReadOnlyProperty();
    }

    /** The columns both files have. */
    public ObservableList<String> joinChoices() {
        return joinChoices;
    }

    public ObjectProperty<String> joinProperty() {
        return join;
    }

    /** Read a non-numeric score as missing instead of refusing the file. */
    public BooleanProperty lenientProperty() {
        return lenient;
    }

    /** Boolean columns offered as imported tags, all at once. */
    public ObservableList<TagColumnChoice> tagColumns() {
        return tagColumns;
    }

    /** The columns to make tags of once the file is loaded. */
    public List<String> chosenTagColumns() {
        return tagColumns.stream()
                .filter(choice -> choice.taken().get())
                .map(TagColumnChoice::column)
                .toList();
    }

    /** What the file holds with the roles as chosen now: the dialog's header. */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Why the file cannot be loaded as chosen; empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }
}
