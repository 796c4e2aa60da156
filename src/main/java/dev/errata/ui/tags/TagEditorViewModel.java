package dev.errata.ui.tags;

import dev.errata.data.Dataset;
import dev.errata.tags.Rule;
import dev.errata.tags.RuleException;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new tag as the user fills it in. A rule is checked against the data on every keystroke, and the
 * problem's position is kept so the view can mark it.
 */
public final class TagEditorViewModel {

    private final Dataset dataset;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty color;
    private final ObjectProperty<TagKind> kind = new SimpleObjectProperty<>(TagKind.HAND);
    private final StringProperty rule = new SimpleStringProperty("");
    private final StringProperty ruleProblem = new SimpleStringProperty("");
    private final IntegerProperty problemOffset = new SimpleIntegerProperty(-1);
    private final IntegerProperty problemLength = new SimpleIntegerProperty(0);
    private final BooleanProperty ruleValid = new SimpleBooleanProperty(false);
    private final BooleanBinding complete;

    public TagEditorViewModel(Dataset dataset, String initialColor) {
        this.dataset = dataset;
        this.color = new SimpleStringProperty(initialColor);
        rule.addListener((obs, old, text) -> checkRule());
        checkRule();
        complete = Bindings.createBooleanBinding(
                () -> !name.get().isBlank() && (kind.get() == TagKind.HAND || ruleValid.get()), name, kind, ruleValid);
    }

    private void checkRule() {
        String text = rule.get();
        try {
            Rule.parse(text).check(dataset);
            ruleProblem.set("");
            problemOffset.set(-1);
            problemLength.set(0);
            ruleValid.set(true);
        } catch (RuleException e) {
            ruleProblem.set(e.problem());
            problemOffset.set(Math.min(e.offset(), text.length()));
            problemLength.set(e.length());
            ruleValid.set(false);
        }
    }

    /** The tag as filled in; call only when {@link #completeProperty()} is true. */
    public TagDefinition definition() {
        return kind.get() == TagKind.RULE
                ? TagDefinition.rule(name.get(), color.get(), rule.get().strip())
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

    public StringProperty ruleProperty() {
        return rule;
    }

    /** Empty when the rule is fine. */
    public ReadOnlyStringProperty ruleProblemProperty() {
        return ruleProblem;
    }

    /** Where the problem starts in the rule text; -1 when there is none. */
    public ReadOnlyIntegerProperty problemOffsetProperty() {
        return problemOffset;
    }

    public ReadOnlyIntegerProperty problemLengthProperty() {
        return problemLength;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }
}
