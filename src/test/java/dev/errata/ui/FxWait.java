package dev.errata.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for what the window shows, asking on the FX thread. A lookup from the test's thread walks the scene
 * while the FX thread may be adding to it (a workspace comes a part a frame), and can fail on a list that
 * changed under it.
 */
public final class FxWait {

    private static final long SECONDS = 10;

    private FxWait() {}

    /** Until the condition, evaluated on the FX thread, holds; at most ten seconds. */
    public static void until(Callable<Boolean> onFx) throws TimeoutException {
        until(SECONDS, onFx);
    }

    /** Until the condition, evaluated on the FX thread, holds; at most {@code seconds}. */
    public static void until(long seconds, Callable<Boolean> onFx) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> get(onFx));
    }

    /** What the window shows now, read on the FX thread. */
    public static <T> T get(Callable<T> onFx) throws Exception {
        return WaitForAsyncUtils.asyncFx(onFx).get();
    }
}
