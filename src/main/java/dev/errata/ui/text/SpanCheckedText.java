package dev.errata.ui.text;

import dev.errata.expr.TextSpanException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Text in a small language (a rule, a check) checked on every keystroke, with the position of the problem
 * kept so the field can mark it.
 */
public final class SpanCheckedText {

    private final Consumer<String> check;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper problemOffset = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper problemLength = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    /** @param check parses the text, throwing a {@link TextSpanException} that points at what is wrong */
    public SpanCheckedText(Consumer<String> check) {
        this.check = check;
        text.addListener((obs, old, value) -> recheck());
        recheck();
    }

    /** Checks the text again, e.g. after what it refers to changed. */
    public void recheck() {
        String value = text.get();
        try {
            check.accept(value);
            clearProblem();
            valid.set(true);
        } catch (TextSpanException e) {
            if (value.isBlank()) {
                // nothing written yet is not a mistake to point at
                clearProblem();
                valid.set(false);
                return;
            }
            problem.set(e.problem());
            problemOffset.set(Math.min(e.offset(), value.length()));
            problemLength.set(e.length());
            valid.set(false);
        }
    }

    private void clearProblem() {
        problem.set("");
        problemOffset.set(-1);
        problemLength.set(0);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when the text is fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Where the problem starts in the text; -1 when there is none. */
    public ReadOnlyIntegerProperty problemOffsetProperty() {
        return problemOffset.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty problemLengthProperty() {
        return problemLength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
