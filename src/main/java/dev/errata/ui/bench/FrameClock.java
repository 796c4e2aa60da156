package dev.errata.ui.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * The window's pulses and frames as the benchmark sees them: when what the user did is on the screen, and
 * how long the window stood still meanwhile. While it runs, a pulse is asked for on every frame, so a gap
 * between two pulses is time the FX thread was busy or waiting for the render thread.
 */
final class FrameClock {

    private static final long TIMEOUT_MILLIS = 60_000;

    /**
     * What an action cost: from the action to its frame on the screen, and the longest gap between pulses
     * meanwhile.
     *
     * @param waitedMillis how long the FX thread stood idle between handling the action's key press and the
     *     pulse that showed it, waiting for the timer's next frame; 0 for an action without a key
     * @param endNanos when the frame was on the screen, as {@link System#nanoTime} tells
     */
    record Timing(double millis, double waitedMillis, double longestFrameMillis, long endNanos) {

        /** The window's own work for the action: the time to its frame less the wait for the next frame. */
        double workMillis() {
            return millis - waitedMillis;
        }
    }

    private final Scene scene;
    private final RenderedFrames rendered;
    /** Pulse start times; read and written on the FX thread. */
    private final List<Long> pulses = new ArrayList<>();

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulses.add(System.nanoTime());
        }
    };

    FrameClock(Scene scene) {
        this.scene = scene;
        this.rendered = new RenderedFrames(scene);
    }

    void start() throws Exception {
        OnFx.run(() -> {
            rendered.start();
            timer.start();
        });
    }

    void stop() throws Exception {
        OnFx.run(() -> {
            timer.stop();
            rendered.stop();
        });
    }

    /**
     * Runs {@code action} on the FX thread and waits until {@code shown} holds after a layout pass and that
     * pass's frame has been rendered.
     */
    Timing measure(Runnable action, BooleanSupplier shown, Supplier<String> onScreen) throws Exception {
        CompletableFuture<Integer> laidOut = new CompletableFuture<>();
        long[] shownPulse = new long[1];
        long[] keyHandled = new long[1];
        // runs before the window's handlers; what it posts runs once they are done, before a pulse posted later
        EventHandler<KeyEvent> onKey = key -> {
            if (keyHandled[0] == 0) {
                Platform.runLater(() -> keyHandled[0] = System.nanoTime());
            }
        };
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (!laidOut.isDone() && shown.getAsBoolean()) {
                    shownPulse[0] = pulses.get(pulses.size() - 1);
                    laidOut.complete(rendered.settle() + 1);
                    Runnable self = this;
                    // the scene is walking its listeners now; removing one here would break that walk
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(self));
                }
            }
        };
        long start = OnFx.call(() -> {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, onKey);
            scene.addPostLayoutPulseListener(check);
            long now = System.nanoTime();
            action.run();
            return now;
        });
        int frame;
        try {
            frame = laidOut.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            OnFx.run(() -> scene.removePostLayoutPulseListener(check));
            throw new IllegalStateException(
                    "the window did not get there within " + TIMEOUT_MILLIS / 1000 + " s; it shows "
                            + OnFx.call(onScreen::get),
                    e);
        } finally {
            OnFx.run(() -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, onKey));
        }
        long end = rendered.awaitFrame(frame, TIMEOUT_MILLIS);
        long waited = OnFx.call(() -> keyHandled[0] == 0 ? 0 : Math.max(0, shownPulse[0] - keyHandled[0]));
        return new Timing((end - start) / 1e6, waited / 1e6, longestFrame(start, end), end);
    }

    /** Waits for {@code frameCount} pulses with nothing asked of the window, so the next action starts from rest. */
    void idle(int frameCount) throws Exception {
        int from = OnFx.call(pulses::size);
        while (OnFx.call(pulses::size) < from + frameCount) {
            Thread.sleep(5);
        }
    }

    /** The longest time between two pulses that overlaps [from, to], in milliseconds. */
    double longestFrame(long from, long to) throws Exception {
        return Arrays.stream(frames(from, to)).max().orElse(0);
    }

    /** The times between two pulses that overlap [from, to], in milliseconds. */
    double[] frames(long from, long to) throws Exception {
        return OnFx.call(() -> {
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < pulses.size(); i++) {
                if (pulses.get(i) > from && pulses.get(i - 1) < to) {
                    gaps.add((pulses.get(i) - pulses.get(i - 1)) / 1e6);
                }
            }
            return gaps.stream().mapToDouble(Double::doubleValue).toArray();
        });
    }
}
