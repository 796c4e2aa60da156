package dev.errata.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The process {@link ProjectSigkillTest} kills: opens a {@link LargeProject} and makes its numbered edits
 * from a given one on, saving after every few when asked, and reports each step on stdout as it completes,
 * so that the test knows which edits it must find after the kill. Runs until killed.
 *
 * <p>Arguments: the project file, the number of the first edit, how many edits between saves (0: never).
 */
public final class KillableEditor {

    private KillableEditor() {}

    public static void main(String[] args) throws IOException {
        exitWhenTheTestIsGone(System.in);
        Path file = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int savesEvery = Integer.parseInt(args[2]);
        try (Project project = new LargeProject(file.getParent()).open()) {
            say("opened");
            for (int k = first; k < first + LargeProject.ROWS; k++) {
                LargeProject.edit(project.session(), k);
                say("applied " + k);
                if (savesEvery > 0 && (k - first + 1) % savesEvery == 0) {
                    say("saving " + k);
                    long start = System.nanoTime();
                    project.save();
                    say("saved " + k + " in " + (System.nanoTime() - start) / 1000 + " us");
                }
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The test holds this process's stdin open; should the test JVM die first, this one must not run on. */
    private static void exitWhenTheTestIsGone(InputStream in) {
        Thread watch = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // nothing is ever sent; reading only waits for the end
                }
            } catch (IOException e) {
                // a broken pipe means the same as the end
            }
            Runtime.getRuntime().halt(3);
        });
        watch.setDaemon(true);
        watch.start();
    }
}
