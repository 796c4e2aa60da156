package dev.errata.ui.workspace;

/**
 * How many of a view's parts to add in the next frame, from how long the frame before took. A part's real
 * cost comes after it is added, when JavaFX styles, lays out and draws it in that frame, so the last frame's
 * length divided by its parts is what a part costs now: the pace is as many parts as fit in a frame of
 * {@link #FRAME_BUDGET_NANOS}, at most twice the last. The first open of a window, whose parts each take a
 * long frame while their code is new, stays at a part a frame; a later open, whose parts are cheap, comes in
 * a few frames instead of a frame a part, each of which draws the whole window again.
 */
final class RevealPace {

    /** Half of the longest frame a user should see while a view comes. */
    static final long FRAME_BUDGET_NANOS = 100_000_000;
    /** The most parts in one frame, whatever the last frame said. */
    static final int MOST_PARTS = 8;

    private int parts = 1;
    private long lastFrame = Long.MIN_VALUE;

    /** @param frameStart when this frame started, in nanoseconds, as JavaFX's animation timer gives it */
    int partsFor(long frameStart) {
        if (lastFrame != Long.MIN_VALUE) {
            double perPart = Math.max(1, frameStart - lastFrame) / (double) parts;
            long fit = (long) (FRAME_BUDGET_NANOS / perPart);
            parts = (int) Math.max(1, Math.min(fit, Math.min(MOST_PARTS, 2L * parts)));
        }
        lastFrame = frameStart;
        return parts;
    }
}
