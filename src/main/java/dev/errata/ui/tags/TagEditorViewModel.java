package dev.errata.ui.tags;

import dev.errata.data.Dataset;
import dev.errata.tags.ImportedTagColumn;
import dev.errata.tags.Rule;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.text.SpanCheckedText;
import java.util.Collection;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A tag as the user fills it in, a new one or an existing one: its name, colour, kind, rule or column,
 * description, and the analyst's settings (baseline, ease, importance, shortcut key). An existing tag keeps
 * its kind. A rule is checked against the data on every keystroke, and {@link #problemProperty()} says in
 * words what keeps the tag from being saved.
 */
public final class TagEditorViewModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty color;
    private final ObjectProperty<TagKind> kind = new SimpleObjectProperty<>(TagKind.HAND);
    private final SpanCheckedText rule;
    private final ObservableList<String> flagColumns;
    private final StringProperty sourceColumn = new SimpleStringProperty();
    private final StringProperty description = new SimpleStringProperty("");
    private final TagSettingsViewModel settings;
    private final Set<String> otherNames;
    private TagDefinition existing;
    private final StringBinding problem;
    private final BooleanBinding complete;

    /** @param otherNames the names of the other tags, which this one may not take */
    public TagEditorViewModel(Dataset dataset, String initialColor, Collection<String> otherNames) {
        this(dataset, initialColor, new TagSettingsViewModel(), otherNames);
    }

    private TagEditorViewModel(
            Dataset dataset, String initialColor, TagSettingsViewModel settings, Collection<String> otherNames) {
        this.color = new SimpleStringProperty(initialColor);
        this.otherNames = Set.copyOf(otherNames);
        this.settings = settings;
        rule = new SpanCheckedText(text -> Rule.parse(text).check(dataset));
        flagColumns = FXCollections.observableArrayList(ImportedTagColumn.candidates(dataset));
        problem = Bindings.createStringBinding(
                this::findProblem, name, kind, rule.validProperty(), sourceColumn, settings.validProperty());
        complete = problem.isEmpty();
    }

    /** An existing tag, to change anything but its kind. */
    public static TagEditorViewModel editing(Dataset dataset, TagDefinition tag, Collection<String> otherNames) {
        TagEditorViewModel editor =
                new TagEditorViewModel(dataset, tag.color(), new TagSettingsViewModel(tag), otherNames);
        editor.existing = tag;
        editor.name.set(tag.name());
        editor.kind.set(tag.kind());
        editor.rule.textProperty().set(tag.rule() == null ? "" : tag.rule());
        editor.sourceColumn.set(tag.sourceColumn());
        editor.description.set(tag.description());
        return editor;
    }

    /** Empty when the tag can be saved; else what to fix, in words. */
    private String findProblem() {
        String typed = name.get().strip();
        if (typed.isEmpty()) {
            return Messages.text("tags.problem.noName");
        }
        if (otherNames.contains(typed)) {
            return Messages.text("tags.problem.nameTaken", typed);
        }
        if (kind.get() == TagKind.RULE && !rule.validProperty().get()) {
            return Messages.text("tags.problem.rule");
        }
        if (kind.get() == TagKind.IMPORTED && sourceColumn.get() == null) {
            return Messages.text("tags.problem.noColumn");
        }
        if (!settings.validProperty().get()) {
            return Messages.text("tags.problem.baseline");
        }
        return "";
    }

    /** The tag as filled in, settings included; call only when {@link #completeProperty()} is true. */
    public TagDefinition definition() {
        TagDefinition tag = existing != null
                ? existing.withName(name.get().strip()).withColor(color.get())
                : switch (kind.get()) {
                    case RULE ->
                        TagDefinition.rule(
                                name.get().strip(),
                                color.get(),
                                rule.textProperty().get().strip());
                    case IMPORTED -> TagDefinition.imported(name.get().strip(), color.get(), sourceColumn.get());
                    case HAND -> TagDefinition.hand(name.get().strip(), color.get());
                };
        if (tag.kind() == TagKind.RULE) {
            tag = tag.withRule(rule.textProperty().get().strip());
        }
        return tag.withDescription(description.get().strip())
                .withSettings(
                        settings.baselineFraction(),
                        settings.easeProperty().get(),
                        settings.importanceProperty().get(),
                        settings.shortcutProperty().get());
    }

    /** The baseline, ease, importance and shortcut key as the user edits them. */
    public TagSettingsViewModel settings() {
        return settings;
    }

    /** What keeps the tag from being saved, e.g. "Another tag is called \"noise\"."; empty when nothing. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** True for an existing tag, whose kind the editor does not change. */
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
