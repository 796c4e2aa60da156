package dev.errata.ui.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
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

    /** Waits until the FX thread sees the condition hold, checking every 10 ms, for at most two minutes. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!call(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the window did not get there within two minutes");
            }
            Thread.sleep(10);
        }
    }

    static void run(Runnable step) throws Exception {
        call(() -> {
            step.run();
            return null;
        });
    }
}
