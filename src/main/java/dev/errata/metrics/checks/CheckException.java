package dev.errata.metrics.checks;

import dev.errata.expr.TextSpanException;

/** A check that cannot be used, pointing at the offending part of its text. */
public final class CheckException extends TextSpanException {

    /** @see TextSpanException#TextSpanException(String, int, int) */
    public CheckException(String problem, int offset, int length) {
        super(problem, offset, length);
    }
}
