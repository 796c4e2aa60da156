package dev.errata.ui.tags;

import dev.errata.data.Dataset;
import dev.errata.tags.Rule;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.ui.text.SpanCheckedText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new tag as the user fills it in; a rule is checked against the data on every keystroke.
 */
public final class TagEditorViewModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty color;
    private final ObjectProperty<TagKind> kind = new SimpleObjectProperty<>(TagKind.HAND);
    private final SpanCheckedText rule;
    private final BooleanBinding complete;

    public TagEditorViewModel(Dataset dataset, String initialColor) {
        this.color = new SimpleStringProperty(initialColor);
        rule = new SpanCheckedText(text -> Rule.parse(text).check(dataset));
        complete = Bindings.createBooleanBinding(() -> !name.get().isBlank()
                && (kind.get() == TagKind.HAND || rule.validProperty().get()), name, kind, rule.validProperty());
    }

    /** The tag as filled in; call only when {@link #completeProperty()} is true. */
    public TagDefinition definition() {
        return kind.get() == TagKind.RULE
                ? TagDefinition.rule(name.get(), color.get(), rule.textProperty().get().strip())
                : TagDefinition.hand(name.get(), color.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty colorProperty() {
        return color;
    }

    public ObjectProperty<TagKind> kindProperty() {
        return kind;
    }

    /** The rule of a rule tag, checked against the data as the user types. */
    public SpanCheckedText rule() {
        return rule;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }
}
