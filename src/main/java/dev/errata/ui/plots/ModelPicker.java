package dev.errata.ui.plots;

import dev.errata.data.Model;
import dev.errata.ui.messages.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * "Model: v2 ▾" above a plot of a project with several models: which model's predictions the plots show. Every
 * plot's picker is bound to the same choice, so the confusion matrix and the thresholds show one model.
 */
public final class ModelPicker {

    private ModelPicker() {}

    /** Shows a model in a choice by its name; a choice cannot be typed into, so nothing is read back. */
    public static StringConverter<Model> byName() {
        return new StringConverter<>() {
            @Override
            public String toString(Model m) {
                return m == null ? "" : m.name();
            }

            @Override
            public Model fromString(String text) {
                return null;
            }
        };
    }

    /** The picker, or an empty node taking no room when the project holds one model. */
    public static Node of(PlotInputs inputs) {
        List<Model> models = inputs.models();
        if (models.size() < 2) {
            Region none = new Region();
            none.setManaged(false);
            return none;
        }
        ComboBox<Model> box = new ComboBox<>();
        box.setId("model-picker");
        box.getItems().setAll(models);
        box.setConverter(byName());
        // the first model is the project's own, shown as no pick at all so the plots read the project's metrics
        Model own = models.get(0);
        box.setValue(
                inputs.modelProperty().get() == null
                        ? own
                        : inputs.modelProperty().get());
        box.valueProperty()
                .addListener(
                        (obs, old, now) -> inputs.modelProperty().set(now == null || now.equals(own) ? null : now));
        inputs.modelProperty().addListener((obs, old, now) -> box.setValue(now == null ? own : now));
        HBox picker = new HBox(6, new Label(Messages.text("plots.model")), box);
        picker.setAlignment(Pos.CENTER_LEFT);
        return picker;
    }
}
