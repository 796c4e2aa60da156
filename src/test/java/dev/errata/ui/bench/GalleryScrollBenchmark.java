package dev.errata.ui.bench;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.ErrataApp;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.WorkspaceView;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * How the gallery scrolls through ten thousand images: a smooth scroll of 60 pixels a frame, as a touchpad
 * gives, through the first few thousand, then jumps to places far apart, as a drag of the scroll bar does.
 * Reports the frames' gaps, and the time from a jump until every thumbnail on screen has loaded.
 * Run under a display, e.g. {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp … GalleryScrollBenchmark
 * [FOLDER]}; the images are made once in FOLDER. Not a unit test.
 */
public final class GalleryScrollBenchmark {

    private static final int IMAGES = 10_000;
    private static final int SIDE = 320;
    private static final int SMOOTH_FRAMES = 600;
    private static final double PIXELS_A_FRAME = 60;
    private static final int JUMPS = 20;

    private GalleryScrollBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("errata-gallery");
        Path project = project(folder);
        Platform.startup(() -> {});
        Preferences preferences = Preferences.userRoot().node("dev/errata/bench/" + UUID.randomUUID());
        Stage[] stage = new Stage[1];
        WindowViewModel window = OnFx.call(() -> {
            stage[0] = new Stage();
            return ErrataApp.showWindow(
                    stage[0],
                    new UnattendedDialogs(),
                    new RecentProjects(preferences),
                    new AnalystName(preferences),
                    new ThemeChoice(preferences),
                    new KeyBindings(preferences));
        });
        Scene scene = stage[0].getScene();
        try {
            OnFx.run(() -> window.open(project));
            OnFx.waitUntil(() -> scene.lookup(".workspace") instanceof WorkspaceView view
                    && view.shownProperty().get());
            OnFx.run(() -> {
                TabPane tabs = (TabPane) scene.lookup("#analysis-tabs");
                tabs.getTabs().stream()
                        .filter(tab -> "gallery-tab".equals(tab.getId()))
                        .findFirst()
                        .ifPresent(tab -> tabs.getSelectionModel().select(tab));
            });
            OnFx.waitUntil(() -> flow(scene) != null && loaded(scene) == shown(scene) && shown(scene) > 0);
            System.out.printf(
                    Locale.ROOT, "%,d images, %d thumbnails on screen%n", IMAGES, OnFx.call(() -> shown(scene)));
            report("smooth scroll", frames(scene, SMOOTH_FRAMES, flow -> flow.scrollPixels(PIXELS_A_FRAME)));
            Random random = new Random(7);
            List<Double> loadTimes = new ArrayList<>();
            List<Double> gaps = new ArrayList<>();
            for (int jump = 0; jump < JUMPS; jump++) {
                double to = random.nextDouble();
                long start = System.nanoTime();
                gaps.addAll(frames(scene, 2, new Jump(to)));
                OnFx.waitUntil(() -> shown(scene) > 0 && loaded(scene) == shown(scene));
                loadTimes.add((System.nanoTime() - start) / 1e6);
                gaps.addAll(frames(scene, 10, flow -> {}));
            }
            report("jumps", gaps);
            System.out.printf(
                    Locale.ROOT,
                    "from a jump until every thumbnail on screen has loaded: median %.0f ms, longest %.0f ms%n",
                    median(loadTimes),
                    loadTimes.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        } finally {
            OnFx.run(stage[0]::close);
            preferences.removeNode();
            Platform.exit();
        }
    }

    /** Scrolls to a fraction of the grid on the first frame, then waits the rest. */
    private static final class Jump implements java.util.function.Consumer<VirtualFlow<?>> {
        private final double to;
        private boolean done;

        Jump(double to) {
            this.to = to;
        }

        @Override
        public void accept(VirtualFlow<?> flow) {
            if (!done) {
                flow.setPosition(to);
                done = true;
            }
        }
    }

    /** Runs {@code step} at the start of each of {@code count} frames and returns the gaps between them, in ms. */
    private static List<Double> frames(Scene scene, int count, java.util.function.Consumer<VirtualFlow<?>> step)
            throws Exception {
        List<Long> starts = new ArrayList<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        OnFx.run(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                starts.add(System.nanoTime());
                if (starts.size() > count) {
                    stop();
                    done.countDown();
                    return;
                }
                step.accept(flow(scene));
            }
        }.start());
        done.await();
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            gaps.add((starts.get(i) - starts.get(i - 1)) / 1e6);
        }
        return gaps;
    }

    private static void report(String what, List<Double> gaps) {
        double[] sorted =
                gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%s: %d frames, median %.1f ms, 99th percentile %.1f ms, longest %.1f ms%n",
                what,
                sorted.length,
                sorted[sorted.length / 2],
                sorted[(int) Math.floor(0.99 * (sorted.length - 1))],
                sorted[sorted.length - 1]);
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static VirtualFlow<?> flow(Scene scene) {
        Node gallery = scene.lookup("#gallery");
        return gallery == null ? null : (VirtualFlow<?>) gallery.lookup(".virtual-flow");
    }

    /** Thumbnails in the grid's visible rows. */
    private static List<ImageView> onScreen(Scene scene) {
        VirtualFlow<?> flow = flow(scene);
        List<ImageView> views = new ArrayList<>();
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return views;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        for (int line = first; line <= last; line++) {
            IndexedCell<?> row = flow.getCell(line);
            row.lookupAll(".image-view").forEach(node -> views.add((ImageView) node));
        }
        return views;
    }

    private static int shown(Scene scene) {
        return (int)
                onScreen(scene).stream().filter(view -> view.getImage() != null).count();
    }

    private static int loaded(Scene scene) {
        return (int) onScreen(scene).stream()
                .filter(view -> view.getImage() != null && view.getImage().getProgress() >= 1)
                .count();
    }

    /** Ten thousand images of shapes on a coloured ground, a CSV naming them and its project; made once. */
    private static Path project(Path folder) throws Exception {
        Path file = folder.resolve("gallery.errata.json");
        if (Files.exists(file)) {
            return file;
        }
        Path images = Files.createDirectories(folder.resolve("images"));
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("id,image,label,prediction\n");
        String[] classes = {"scratch", "dent", "none"};
        for (int i = 1; i <= IMAGES; i++) {
            BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillRect(0, 0, SIDE, SIDE);
            for (int shape = 0; shape < 12; shape++) {
                g.setColor(new Color(random.nextInt(0xffffff)));
                g.fillOval(
                        random.nextInt(SIDE), random.nextInt(SIDE), 20 + random.nextInt(80), 20 + random.nextInt(80));
            }
            g.dispose();
            String name = String.format(Locale.ROOT, "%05d.png", i);
            ImageIO.write(image, "png", images.resolve(name).toFile());
            csv.append(i)
                    .append(",images/")
                    .append(name)
                    .append(',')
                    .append(classes[i % 3])
                    .append(',')
                    .append(classes[random.nextInt(3)])
                    .append('\n');
        }
        Path data = Files.writeString(folder.resolve("gallery.csv"), csv);
        try (Project project = new ProjectOpener().create(file, ImportRequest.of(data), Progress.NONE)) {
            project.save();
        }
        return file;
    }
}
