package dev.errata.ui.table;

import dev.errata.ui.messages.Messages;
import javafx.collections.ListChangeListener;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.IndexedCheckModel;

/** A drop-down of check boxes, one per data column, that shows and hides the table's columns. */
public final class ColumnChooser extends CheckComboBox<String> {

    public ColumnChooser(ColumnVisibility columns) {
        super();
        setId("column-chooser");
        setTitle(Messages.text("table.columns"));
        setShowCheckedCount(true);
        setMinWidth(USE_PREF_SIZE);
        getItems().setAll(columns.names());
        IndexedCheckModel<String> checks = getCheckModel();
        for (String name : columns.names()) {
            checks.check(name);
            // setting a property to the value it holds is silent, so the two sides settle after one round
            columns.shownProperty(name).addListener((obs, was, shown) -> {
                if (shown) {
                    checks.check(name);
                } else {
                    checks.clearCheck(name);
                }
            });
        }
        checks.getCheckedItems().addListener((ListChangeListener<String>) change ->
                columns.names().forEach(name -> columns.shownProperty(name).set(checks.isChecked(name))));
    }
}
