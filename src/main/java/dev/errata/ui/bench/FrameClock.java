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
import javafx.scene.Scene;

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
     * @param laidOutMillis from the action to the end of the layout pass that showed it: the FX thread's part;
     *     the rest is drawing the frame
     */
    record Timing(double millis, double laidOutMillis, double longestFrameMillis) {
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
        long[] laidOutAt = new long[1];
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (!laidOut.isDone() && shown.getAsBoolean()) {
                    laidOutAt[0] = System.nanoTime();
                    laidOut.complete(rendered.settle() + 1);
                    Runnable self = this;
                    // the scene is walking its listeners now; removing one here would break that walk
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(self));
                }
            }
        };
        long start = OnFx.call(() -> {
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
            throw new IllegalStateException("the window did not get there within " + TIMEOUT_MILLIS / 1000 + " s; it shows "
                    + OnFx.call(onScreen::get), e);
        }
        long end = rendered.awaitFrame(frame, TIMEOUT_MILLIS);
        return new Timing((end - start) / 1e6, (laidOutAt[0] - start) / 1e6, longestFrame(start, end));
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
