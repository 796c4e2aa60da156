package dev.errata.ui.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Runs a step of the benchmark on the FX thread and waits for it, from the thread that drives the benchmark. */
final class OnFx {

    private static final long TIMEOUT_SECONDS = 60;

    private OnFx() {}

    static <T> T call(Callable<T> step) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(step.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the window did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    static void run(Runnable step) throws Exception {
        call(() -> {
            step.run();
            return null;
        });
    }
}
