package dev.errata.tags;

import dev.errata.expr.TextSpanException;

/** A rule that cannot be used, pointing at the offending part of its text. */
public final class RuleException extends TextSpanException {

    /** @see TextSpanException#TextSpanException(String, int, int) */
    public RuleException(String problem, int offset, int length) {
        super(problem, offset, length);
    }
}
