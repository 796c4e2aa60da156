package dev.errata.ui.review;

import dev.errata.report.NumberText;
import dev.errata.tags.Analyst;
import dev.errata.tags.ReviewQueue;
import dev.errata.ui.messages.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The counts and the seed a valid form stands for; {@code strataColumn} is null for none.
     *
     * @param analysts who the queue is split between; empty for a queue not split
     * @param overlap how many rows come first in every analyst's share
     */
    public record Request(int errors, int correct, String strataColumn, long seed, List<String> analysts, int overlap) {

        public Request {
            analysts = List.copyOf(analysts);
        }

        /** The drawn queue, split as asked. */
        public ReviewQueue split(ReviewQueue drawn) {
            return analysts.isEmpty() ? drawn : drawn.split(analysts, overlap);
        }
    }

    private static final String DEFAULT_ERRORS = "100";
    private static final String DEFAULT_CORRECT = "50";

    private final List<String> strataColumns;
    private final String available;
    private final int queued;
    private final StringProperty errors = new SimpleStringProperty(DEFAULT_ERRORS);
    private final StringProperty correct = new SimpleStringProperty(DEFAULT_CORRECT);
    private final ObjectProperty<String> strataColumn = new SimpleObjectProperty<>();
    private final StringProperty seed = new SimpleStringProperty();
    private final StringProperty analysts = new SimpleStringProperty("");
    private final StringProperty overlap = new SimpleStringProperty("0");
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
        problem = Bindings.createStringBinding(this::firstProblem, errors, correct, seed, analysts, overlap);
        valid = problem.isEmpty();
    }

    private String firstProblem() {
        if (count(errors.get()) == null) {
            return Messages.text("queue.draw.notCount", Messages.text("queue.draw.errors"));
        }
        if (count(correct.get()) == null) {
            return Messages.text("queue.draw.notCount", Messages.text("queue.draw.correct"));
        }
        if (parsedSeed() == null) {
            return Messages.text("queue.draw.notSeed");
        }
        return splitProblem();
    }

    private String splitProblem() {
        if (sharedRows() < 0) {
            return Messages.text("queue.draw.notOverlap");
        }
        try {
            List<String> names = names();
            if (Set.copyOf(names).size() != names.size()) {
                return Messages.text("queue.draw.sameAnalyst");
            }
            return names.isEmpty() && sharedRows() > 0 ? Messages.text("queue.draw.overlapAlone") : "";
        } catch (IllegalArgumentException e) {
            return Messages.text("queue.draw.badAnalyst", e.getMessage());
        }
    }

    /** The names typed, comma-separated; none for a queue not split. */
    private List<String> names() {
        String typed = analysts.get() == null ? "" : analysts.get();
        return typed.isBlank()
                ? List.of()
                : Arrays.stream(typed.split(",")).map(Analyst::require).toList();
    }

    /** The overlap typed, or -1 for what is not a whole number of 0 or more. */
    private int sharedRows() {
        try {
            return Math.max(
                    -1,
                    Integer.parseInt(overlap.get() == null ? "" : overlap.get().strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
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
        return new Request(
                count(errors.get()), count(correct.get()), strataColumn.get(), parsedSeed(), names(), sharedRows());
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

    /** The analysts to split the queue between, comma-separated; empty for none. */
    public StringProperty analystsProperty() {
        return analysts;
    }

    /** How many rows every analyst's share starts with. */
    public StringProperty overlapProperty() {
        return overlap;
    }

    /** Why the form cannot be used, e.g. "Errors: type a whole number greater than 0, such as 100"; empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
