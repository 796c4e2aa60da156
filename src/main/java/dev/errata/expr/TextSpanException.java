package dev.errata.expr;

/**
 * Text the user typed (a rule, a check) that cannot be used, pointing at the offending part so the window
 * can underline it while the user types.
 */
public class TextSpanException extends IllegalArgumentException {

    private final String problem;
    private final int offset;
    private final int length;

    /**
     * @param offset 0-based character offset of the offending part in the text
     * @param length its length in characters, at least 1 (an unexpected end points at one past the text)
     */
    public TextSpanException(String problem, int offset, int length) {
        super(problem + " at " + offset);
        this.problem = problem;
        this.offset = offset;
        this.length = Math.max(1, length);
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }
}
