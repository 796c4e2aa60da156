package dev.errata.ui.tags;

import dev.errata.tags.TagDefinition;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A tag's analyst settings as the user edits them. The baseline is typed as a percentage ("92" or
 * "92.5%"), the way accuracy is shown everywhere else; empty clears it.
 */
public final class TagSettingsViewModel {

    /** Compared by identity: a parsed baseline is never this instance. */
    private static final Double INVALID = Double.valueOf(Double.NaN);

    private final StringProperty baseline = new SimpleStringProperty("");
    private final ObjectProperty<Integer> ease = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> importance = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> shortcut = new SimpleObjectProperty<>();
    private final BooleanBinding valid;

    /** A new tag's: none set. */
    public TagSettingsViewModel() {
        this(null, null, null, null);
    }

    /** An existing tag's. */
    public TagSettingsViewModel(TagDefinition definition) {
        this(definition.baseline(), definition.ease(), definition.importance(), definition.shortcut());
    }

    private TagSettingsViewModel(
            Double baselineValue, Integer easeValue, Integer importanceValue, Integer shortcutValue) {
        if (baselineValue != null) {
            baseline.set(String.format(Locale.ROOT, "%.1f", 100 * baselineValue));
        }
        ease.set(easeValue);
        importance.set(importanceValue);
        shortcut.set(shortcutValue);
        valid = Bindings.createBooleanBinding(() -> parsedBaseline() != INVALID, baseline);
    }

    /** The baseline as a fraction, null when empty, {@link #INVALID} when it does not read as 0–100 %. */
    private Double parsedBaseline() {
        String text = baseline.get() == null
                ? ""
                : baseline.get().strip().replace("%", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double percent = Double.parseDouble(text);
            if (percent >= 0 && percent <= 100) {
                return percent / 100;
            }
            return INVALID;
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }

    /** The baseline as a fraction in [0, 1], or null to clear it; call only when valid. */
    public Double baselineFraction() {
        return parsedBaseline();
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public ObjectProperty<Integer> easeProperty() {
        return ease;
    }

    public ObjectProperty<Integer> importanceProperty() {
        return importance;
    }

    public ObjectProperty<Integer> shortcutProperty() {
        return shortcut;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
