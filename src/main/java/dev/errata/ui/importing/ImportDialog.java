package dev.errata.ui.importing;

import dev.errata.data.Task;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.text.ShownText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows a CSV's first rows with the role of each column, and lets the user change the roles before loading. */
public final class ImportDialog extends Dialog<Boolean> {

    private final ImportViewModel model;
    private final TableView<List<String>> table = new TableView<>();

    public ImportDialog(Window owner, ImportViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle(Messages.text("import.title", model.data().getFileName()));
        headerTextProperty().bind(model.summaryProperty());
        setResizable(true);
        table.setId("import-preview");
        table.setPrefHeight(220);
        table.getItems().setAll(model.preview().rows());
        List<String> names = model.preview().columns();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>();
            column.setUserData(names.get(i));
            column.setCellValueFactory(
                    cell -> new ReadOnlyStringWrapper(cell.getValue().get(index)));
            column.setSortable(false);
            table.getColumns().add(column);
        }
        InvalidationListener relabel = obs -> labelColumns();
        for (ColumnRole role : ColumnRole.values()) {
            model.roleProperty(role).addListener(relabel);
        }
        labelColumns();

        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add("rule-problem");
        problem.textProperty().bind(model.problemProperty());
        VBox content = new VBox(8, table, form(), problem);
        content.setPrefWidth(760);
        getDialogPane().setContent(content);
        ButtonType load = new ButtonType(Messages.text("import.load"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(load, ButtonType.CANCEL);
        getDialogPane().lookupButton(load).setId("import-load");
        getDialogPane()
                .lookupButton(load)
                .disableProperty()
                .bind(model.problemProperty().isNotEmpty());
        setResultConverter(button -> button == load);
    }

    /** A column's header says which role it plays, e.g. "churned · label". */
    private void labelColumns() {
        for (TableColumn<List<String>, ?> column : table.getColumns()) {
            String name = (String) column.getUserData();
            ColumnRole role = model.roleOf(name);
            column.setText(role == null ? name : name + " · " + role.displayName());
        }
    }

    private GridPane form() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        int row = 0;
        for (ColumnRole role : ColumnRole.values()) {
            ComboBox<String> box =
                    choice(model.choices(role), column -> column == null ? Messages.text("import.none") : column);
            box.setId("role-" + role.name().toLowerCase(Locale.ROOT));
            box.valueProperty().bindBidirectional(model.roleProperty(role));
            form.addRow(row++, new Label(role.displayName()), box);
        }
        TextField prefix = new TextField();
        prefix.setId("probability-prefix");
        prefix.setPromptText("proba_");
        prefix.textProperty().bindBidirectional(model.probabilityPrefixProperty());
        Label found = new Label();
        found.getStyleClass().add("panel-note");
        found.textProperty().bind(model.classScoreColumnsProperty());
        form.addRow(row++, new Label(Messages.text("import.classScores")), new HBox(8, prefix, found));

        ComboBox<Task> task = choice(
                FXCollections.observableArrayList(
                        null, Task.BINARY, Task.MULTICLASS, Task.REGRESSION, Task.TRANSCRIPTION),
                value -> value == null ? Messages.text("import.detect") : value.key());
        task.setId("task-choice");
        task.valueProperty().bindBidirectional(model.taskProperty());
        form.addRow(row++, new Label(Messages.text("import.task")), task);

        ComboBox<String> positive = new ComboBox<>(model.classes());
        positive.setId("positive-class");
        positive.setEditable(true);
        positive.setPromptText(Messages.text("import.detect"));
        positive.valueProperty().bindBidirectional(model.positiveClassProperty());
        positive.disableProperty().bind(model.taskProperty().isNotEqualTo(Task.BINARY));
        form.addRow(row++, new Label(Messages.text("import.positive")), positive);

        form.addRow(row++, new Label(Messages.text("import.predictions")), predictionsChooser());
        ComboBox<String> join =
                choice(model.joinChoices(), column -> column == null ? Messages.text("import.none") : column);
        join.setId("join-column");
        join.valueProperty().bindBidirectional(model.joinProperty());
        join.disableProperty().bind(model.predictionsProperty().isNull());
        form.addRow(row++, new Label(Messages.text("import.join")), join);

        form.addRow(row++, new Label(Messages.text("import.tagColumns")), tagColumnChecks());

        CheckBox lenient = new CheckBox(Messages.text("import.lenient"));
        lenient.selectedProperty().bindBidirectional(model.lenientProperty());
        form.add(lenient, 1, row);
        return form;
    }

    /** One check box per boolean column, all at once; the list follows the roles. */
    private FlowPane tagColumnChecks() {
        FlowPane checks = new FlowPane(12, 4);
        checks.setId("tag-columns");
        checks.setPrefWrapLength(520);
        Runnable fill = () -> checks.getChildren()
                .setAll(
                        model.tagColumns().isEmpty()
                                ? List.<Node>of(new Label(Messages.text("import.tagColumns.none")))
                                : model.tagColumns().stream()
                                        .<Node>map(choice -> {
                                            CheckBox box = new CheckBox(choice.column());
                                            // a column's name is shown as it is: "tag_young", not a mnemonic
                                            box.setMnemonicParsing(false);
                                            box.selectedProperty().bindBidirectional(choice.taken());
                                            return box;
                                        })
                                        .toList());
        model.tagColumns().addListener((InvalidationListener) obs -> fill.run());
        fill.run();
        return checks;
    }

    private HBox predictionsChooser() {
        Label file = new Label();
        file.setId("predictions-file");
        file.textProperty()
                .bind(model.predictionsProperty()
                        .map(Path::getFileName)
                        .map(Path::toString)
                        .orElse(Messages.text("import.predictions.none")));
        Button choose = new Button(Messages.text("import.predictions.button"));
        choose.setId("choose-predictions");
        choose.setOnAction(e -> model.choosePredictions());
        Button clear = new Button(Messages.text("import.predictions.clear"));
        clear.disableProperty().bind(model.predictionsProperty().isNull());
        clear.setOnAction(e -> model.clearPredictions());
        HBox box = new HBox(8, file, choose, clear);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> ComboBox<T> choice(ObservableList<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setConverter(new ShownText<>(text, box::getItems));
        return box;
    }
}
