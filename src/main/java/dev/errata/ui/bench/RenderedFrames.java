package dev.errata.ui.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.scene.SceneHelper;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;

/**
 * When a scene's frames are finished on the render thread. JavaFX has no public hook for that, so this one
 * class reads the toolkit's own performance tracker; the jar runs JavaFX from the class path, where those
 * classes are open, and only the benchmark uses it.
 */
final class RenderedFrames {

    private final Scene scene;
    private final List<Long> finished = new ArrayList<>();

    RenderedFrames(Scene scene) {
        this.scene = scene;
    }

    /** On the FX thread. */
    void start() {
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::rendered);
    }

    /** On the FX thread. */
    void stop() {
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(null);
        PerformanceTracker.releaseSceneTracker(scene);
    }

    /** Called on the render thread. */
    private synchronized void rendered() {
        finished.add(System.nanoTime());
        notifyAll();
    }

    /**
     * Waits on the FX thread for the frame being rendered, as the pulse does before it hands the scene to the
     * render thread; after it, the next frame to finish is the one the current pulse lays out.
     *
     * @return how many frames have finished
     */
    int settle() {
        SceneHelper.getPeer(scene).waitForRenderingToComplete();
        return count();
    }

    synchronized int count() {
        return finished.size();
    }

    /**
     * Waits until frame number {@code frame} (counting from 1) has finished.
     *
     * @return when it finished, in {@link System#nanoTime()}
     */
    synchronized long awaitFrame(int frame, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (finished.size() < frame) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new IllegalStateException("no frame was drawn within " + timeoutMillis + " ms");
            }
            wait(left);
        }
        return finished.get(frame - 1);
    }
}
