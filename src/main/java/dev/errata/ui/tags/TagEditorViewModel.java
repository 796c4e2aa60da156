package dev.errata.ui.tags;

import dev.errata.data.Dataset;
import dev.errata.tags.ImportedTagColumn;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A tag as the user fills it in: a new one, or an existing one whose rule and description change while its
 * name, colour and kind stay. A rule is checked against the data on every keystroke.
 */
public final class TagEditorViewModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty color;
    private final ObjectProperty<TagKind> kind = new SimpleObjectProperty<>(TagKind.HAND);
    private final SpanCheckedText rule;
    private final ObservableList<String> flagColumns;
    private final StringProperty sourceColumn = new SimpleStringProperty();
    private final StringProperty description = new SimpleStringProperty("");
    private TagDefinition existing;
    private final BooleanBinding complete;

    public TagEditorViewModel(Dataset dataset, String initialColor) {
        this.color = new SimpleStringProperty(initialColor);
        rule = new SpanCheckedText(text -> Rule.parse(text).check(dataset));
        flagColumns = FXCollections.observableArrayList(ImportedTagColumn.candidates(dataset));
        complete = Bindings.createBooleanBinding(() -> !name.get().isBlank()
                        && (kind.get() != TagKind.RULE || rule.validProperty().get())
                        && (kind.get() != TagKind.IMPORTED || sourceColumn.get() != null),
                name, kind, rule.validProperty(), sourceColumn);
    }

    /** An existing tag, to change its rule (a rule tag's) and its description. */
    public static TagEditorViewModel editing(Dataset dataset, TagDefinition tag) {
        TagEditorViewModel editor = new TagEditorViewModel(dataset, tag.color());
        editor.existing = tag;
        editor.name.set(tag.name());
        editor.kind.set(tag.kind());
        editor.rule.textProperty().set(tag.rule() == null ? "" : tag.rule());
        editor.description.set(tag.description());
        return editor;
    }

    /** The tag as filled in; call only when {@link #completeProperty()} is true. */
    public TagDefinition definition() {
        if (existing != null) {
            TagDefinition described = existing.withDescription(description.get().strip());
            return existing.kind() == TagKind.RULE ? described.withRule(rule.textProperty().get().strip()) : described;
        }
        TagDefinition tag = switch (kind.get()) {
            case RULE -> TagDefinition.rule(name.get(), color.get(), rule.textProperty().get().strip());
            case IMPORTED -> TagDefinition.imported(name.get(), color.get(), sourceColumn.get());
            case HAND -> TagDefinition.hand(name.get(), color.get());
        };
        return tag.withDescription(description.get().strip());
    }

    /** True for an existing tag, whose name, colour and kind the editor does not change. */
    public boolean isEditing() {
        return existing != null;
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

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The rule of a rule tag, checked against the data as the user types. */
    public SpanCheckedText rule() {
        return rule;
    }

    /** The columns whose cells all read as true/false, yes/no or 1/0: what an imported tag may come from. */
    public ObservableList<String> flagColumns() {
        return flagColumns;
    }

    /** The column of an imported tag; null until chosen. */
    public StringProperty sourceColumnProperty() {
        return sourceColumn;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }
}
