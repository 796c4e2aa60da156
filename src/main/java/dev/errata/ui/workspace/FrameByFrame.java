package dev.errata.ui.workspace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Puts a view on the screen a part at a time, a part a frame while frames are slow ({@link RevealPace}).
 * JavaFX styles and lays out what is new in a scene on the next frame, all of it at once: the first time a
 * workspace of a thousand nodes appears, with the code that styles it not yet compiled, that frame took over
 * a second and the window stood still. A part added at the start of each frame (an animation timer runs
 * then) spreads the same work over several frames.
 */
final class FrameByFrame {

    /** A table's height in lines, the header's included, in its first frames: each line is a row of cells to style. */
    static final int[] FEW_LINES_FIRST = {1, 3, 6, 9, 13, 17};
    /** The same for a table that comes after another, whose code has run by then. */
    static final int[] MORE_LINES_FIRST = {1, 8};
    /** A table's line in the stylesheet. */
    private static final double LINE_HEIGHT = 24;

    private final Deque<Runnable> parts;
    private final RevealPace pace = new RevealPace();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (int n = pace.partsFor(now); n > 0 && !parts.isEmpty(); n--) {
                parts.poll().run();
            }
            if (parts.isEmpty()) {
                stop();
                done.set(true);
            }
        }
    };

    /** Each part adds its nodes to the view; they run in this order, from the next frame on. */
    FrameByFrame(List<Runnable> parts) {
        this.parts = new ArrayDeque<>(parts);
    }

    /**
     * The parts that put a table, or a view around one, on the screen: the first makes it, the second adds it
     * as high as the first of {@code lines}, each next part makes it as high as the next, and the last lets it
     * take the height it is given. Made in a frame of its own: a table of many columns takes a while to make.
     */
    static <V extends Region> List<Runnable> linesByLines(Supplier<V> make, Consumer<V> attach, int[] lines) {
        List<V> view = new ArrayList<>(1);
        List<Runnable> parts = new ArrayList<>();
        parts.add(() -> view.add(make.get()));
        parts.add(() -> {
            // grown from the top, where it will start, in a border pane or a tab; both centre it by default
            BorderPane.setAlignment(view.get(0), Pos.TOP_CENTER);
            StackPane.setAlignment(view.get(0), Pos.TOP_CENTER);
            view.get(0).setMaxHeight(lines[0] * LINE_HEIGHT);
            attach.accept(view.get(0));
        });
        for (int i = 1; i < lines.length; i++) {
            double height = lines[i] * LINE_HEIGHT;
            parts.add(() -> view.get(0).setMaxHeight(height));
        }
        parts.add(() -> view.get(0).setMaxHeight(Region.USE_COMPUTED_SIZE));
        return parts;
    }

    void start() {
        timer.start();
    }

    /** Adds no more parts: the view left the screen before it was whole. */
    void stop() {
        timer.stop();
    }

    /** Once every part is on the screen. */
    ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
