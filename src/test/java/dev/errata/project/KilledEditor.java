package dev.errata.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link KillableEditor} in a JVM of its own, seen from the test: its report lines as they come, and
 * a SIGKILL ({@link ProcessHandle#destroyForcibly()} on Linux and macOS) at the moment the test chooses.
 */
final class KilledEditor {

    private static final String END = "\u0000end";

    private final Process process;
    private final Path errors;
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private KilledEditor(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        reader = new Thread(this::read, "editor stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the editor on {@code projectFile} at edit {@code first}, saving every {@code savesEvery} edits (0: never). */
    static KilledEditor start(Path projectFile, int first, int savesEvery, Path errors) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a small heap and the quick compiler: the child lives a second, and two of them share two cores with CI
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        KillableEditor.class.getName(),
                        projectFile.toString(),
                        String.valueOf(first),
                        String.valueOf(savesEvery))
                .redirectError(errors.toFile())
                .start();
        return new KilledEditor(process, errors);
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                unread.add(line);
            }
        } catch (IOException e) {
            // the pipe closes with the process; what came before it is all there is
        } finally {
            unread.add(END);
        }
    }

    /** Waits for the editor to report a line that matches, reading past the others. */
    void await(Predicate<String> wanted, String what) throws IOException, InterruptedException {
        while (true) {
            String line = unread.poll(60, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                throw new AssertionError("the editor " + (line == null ? "fell silent" : "stopped")
                        + " before it reported " + what + "; its errors: " + Files.readString(errors));
            }
            lines.add(line);
            if (wanted.test(line)) {
                return;
            }
        }
    }

    /** Kills the editor with SIGKILL and returns every line it reported, the last ones read after its death. */
    List<String> kill() throws InterruptedException {
        // SIGKILL through the handle: Process.destroyForcibly sends the same signal but also closes the
        // pipe, losing the lines the editor wrote just before it died, which say what it had done
        process.toHandle().destroyForcibly();
        process.waitFor();
        reader.join();
        unread.drainTo(lines);
        lines.remove(END);
        return lines;
    }
}
