package dev.errata.tags;

import dev.errata.data.Dataset;
import java.util.LinkedHashSet;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;

/**
 * A parsed rule such as {@code device == "android" and snr < 10}; the language is described in
 * docs/rules.md. Parsing and {@link #check} are cheap enough to run on every keystroke; {@link #evaluate}
 * is one pass over the columns' primitive arrays per condition.
 */
public final class Rule {

    private final String text;
    private final RuleNode root;

    private Rule(String text, RuleNode root) {
        this.text = text;
        this.root = root;
    }

    /** @throws RuleException for a syntax error, pointing at the offending part */
    public static Rule parse(String text) {
        return new Rule(text, RuleParser.parse(text));
    }

    public String text() {
        return text;
    }

    /**
     * Checks the rule against a dataset's columns without evaluating it.
     *
     * @throws RuleException for an unknown column or a value of the wrong type for its column
     */
    public void check(Dataset dataset) {
        root.check(dataset);
    }

    /** The rows that match, as row indices. @throws RuleException as {@link #check} does */
    public RoaringBitmap evaluate(Dataset dataset) {
        root.check(dataset);
        return root.rows(dataset);
    }

    /** The columns the rule reads, in the order it names them first. */
    public Set<String> columns() {
        Set<String> names = new LinkedHashSet<>();
        root.addColumns(names);
        return names;
    }

    @Override
    public String toString() {
        return text;
    }
}
