package dev.errata.ui.review;

import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of a review sample to draw: how many errors and correct rows, the slice column to stratify by
 * and the seed, typed as text and checked as the user types, with why the form cannot be used yet.
 */
public final class SampleDrawViewModel {

    /** The counts and the seed a valid form stands for; {@code strataColumn} is null for none. */
    public record Request(int errors, int correct, String strataColumn, long seed) {}

    private static final String DEFAULT_ERRORS = "100";
    private static final String DEFAULT_CORRECT = "50";

    private final List<String> strataColumns;
    private final String available;
    private final int queued;
    private final StringProperty errors = new SimpleStringProperty(DEFAULT_ERRORS);
    private final StringProperty correct = new SimpleStringProperty(DEFAULT_CORRECT);
    private final ObjectProperty<String> strataColumn = new SimpleObjectProperty<>();
    private final StringProperty seed = new SimpleStringProperty();
    private final StringBinding problem;
    private final BooleanBinding valid;

    /**
     * @param strataColumns the columns a sample may be stratified by
     * @param errorsInData the errors there are to draw from
     * @param correctInData the correct rows there are to draw from
     * @param queued the rows of the queue a new draw replaces; 0 when there is none
     * @param initialSeed the seed the form starts with
     */
    public SampleDrawViewModel(
            List<String> strataColumns, long errorsInData, long correctInData, int queued, long initialSeed) {
        this.strataColumns = List.copyOf(strataColumns);
        this.available =
                Messages.text("queue.draw.available", NumberText.count(errorsInData), NumberText.count(correctInData));
        this.queued = queued;
        seed.set(Long.toString(initialSeed));
        problem = Bindings.createStringBinding(this::firstProblem, errors, correct, seed);
        valid = problem.isEmpty();
    }

    private String firstProblem() {
        if (count(errors.get()) == null) {
            return Messages.text("queue.draw.notCount", Messages.text("queue.draw.errors"));
        }
        if (count(correct.get()) == null) {
            return Messages.text("queue.draw.notCount", Messages.text("queue.draw.correct"));
        }
        return parsedSeed() == null ? Messages.text("queue.draw.notSeed") : "";
    }

    /** A whole number greater than 0, or null for anything else. */
    private static Integer count(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Long parsedSeed() {
        try {
            return Long.parseLong(seed.get() == null ? "" : seed.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * What the form asks for.
     *
     * @throws IllegalStateException while the form is not valid
     */
    public Request request() {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        return new Request(count(errors.get()), count(correct.get()), strataColumn.get(), parsedSeed());
    }

    /** The columns to stratify by, besides none. */
    public List<String> strataColumns() {
        return strataColumns;
    }

    /** "The data has 1,423 errors and 8,346 correct rows." */
    public String available() {
        return available;
    }

    /** That a draw replaces the current queue; empty when there is none. */
    public Optional<String> replaces() {
        return queued == 0
                ? Optional.empty()
                : Optional.of(Messages.text("queue.draw.replaces", NumberText.count(queued)));
    }

    public StringProperty errorsProperty() {
        return errors;
    }

    public StringProperty correctProperty() {
        return correct;
    }

    /** The slice column to stratify by; null for none. */
    public ObjectProperty<String> strataColumnProperty() {
        return strataColumn;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Why the form cannot be used, e.g. "Errors: type a whole number greater than 0, such as 100"; empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
