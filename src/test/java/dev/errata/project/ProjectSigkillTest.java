package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.errata.tags.Annotations;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real save and a real journal append with SIGKILL, in a child JVM that edits a large project,
 * at points drawn with a fixed seed: after some edits while it appends to the journal, or at a random
 * moment of a save. After each kill the project opens, holding exactly the edits the child reported
 * done, or those and the one in flight; and the next child goes on from there, so the kills pile up on
 * one project as they would on a user's.
 */
class ProjectSigkillTest {

    private static final int KILLS = 48;

    @TempDir
    Path folder;

    @Test
    void killedAnywhereItOpensWithEveryEditItReportedDone() throws IOException, InterruptedException {
        LargeProject project = new LargeProject(folder);
        project.create();
        TagSession expected;
        try (Project created = project.open()) {
            expected = new TagSession(LargeProject.dataset(), created.session().snapshot());
        }
        Random random = new Random(2026);
        int done = 0;
        long saveMicros = 50_000;
        int midSave = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            boolean whileSaving = kill % 2 == 1;
            KilledEditor editor = KilledEditor.start(
                    project.projectFile,
                    done + 1,
                    whileSaving ? 1 + random.nextInt(3) : 0,
                    folder.resolve("editor-errors.txt"));
            editor.await("opened"::equals, "opening");
            if (whileSaving) {
                for (int saves = random.nextInt(3); saves > 0; saves--) {
                    editor.await(line -> line.startsWith("saved "), "a save");
                }
                editor.await(line -> line.startsWith("saving "), "starting a save");
                // the moment within the save is what is drawn here; no signal marks it
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextLong(saveMicros)));
            } else {
                int upTo = done + 1 + random.nextInt(40);
                editor.await(("applied " + upTo)::equals, "edit " + upTo);
            }
            List<String> lines = editor.kill();
            int reported = lastNumber(lines, "applied ", done);
            saveMicros = lines.stream()
                    .filter(l -> l.startsWith("saved "))
                    .mapToLong(ProjectSigkillTest::micros)
                    .max()
                    .orElse(saveMicros);
            midSave += lines.get(lines.size() - 1).startsWith("saving ") ? 1 : 0;
            done = reopenedHolds(project, expected, done, reported, kill);
            assertThat(names(folder))
                    .as("kill %d", kill)
                    .allMatch(
                            name -> name.matches(
                                    "big\\.csv|editor-errors\\.txt|big\\.errata\\.(json|json\\.bak|journal|save)|big\\.errata\\.(json|journal|save)\\.errata-tmp-\\d+\\.tmp"));
        }
        long leftOver =
                names(folder).stream().filter(name -> name.endsWith(".tmp")).count();
        System.out.println(
                "SIGKILL: " + KILLS + " kills survived, " + KILLS / 2 + " during journal appends, " + KILLS / 2
                        + " during saves (" + midSave + " inside a save), " + done + " edits kept; a save took "
                        + saveMicros / 1000 + " ms; "
                        + leftOver + " temporary files left by killed saves");
        assertThat(midSave).as("kills that landed inside a save").isGreaterThanOrEqualTo(KILLS / 8);
    }

    /**
     * Opens the project as the next run would and checks it against {@code expected}, which holds edits
     * up to {@code done} and is brought up to what the project holds.
     *
     * @return the number of the last edit the project holds
     */
    private static int reopenedHolds(LargeProject project, TagSession expected, int done, int reported, int kill)
            throws IOException {
        try (Project reopened = project.open()) {
            Annotations state = reopened.session().snapshot();
            int held = done;
            while (held < reported) {
                LargeProject.edit(expected, ++held);
            }
            if (!state.equals(expected.snapshot())) {
                LargeProject.edit(expected, ++held);
                if (!state.equals(expected.snapshot())) {
                    fail(
                            "kill %d: the project holds %s, not the edits up to %d the editor reported (or one more): %s",
                            kill, counts(state), reported, counts(expected.snapshot()));
                }
            }
            assertThat(reopened.warnings())
                    .as("kill %d", kill)
                    .allMatch(w -> w.matches("recovered \\d+ unsaved edits? from big\\.errata\\.journal")
                            || w.matches("big\\.errata\\.journal:\\d+: skipped an edit cut off when Errata stopped"));
            return held;
        }
    }

    /** What a state holds, in a line: two states this test makes differ in these counts or in the notes. */
    private static String counts(Annotations work) {
        StringBuilder line = new StringBuilder();
        work.handRows()
                .forEach((tag, rows) -> line.append(tag)
                        .append(' ')
                        .append(rows.getCardinality())
                        .append(", "));
        return line.append("reviewed ")
                .append(work.reviewed().getCardinality())
                .append(", notes ")
                .append(work.notes().values())
                .toString();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static int lastNumber(List<String> lines, String prefix, int none) {
        int last = none;
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                last = Integer.parseInt(line.substring(prefix.length()));
            }
        }
        return last;
    }

    private static long micros(String saved) {
        return Long.parseLong(saved.replaceAll("saved \\d+ in (\\d+) us", "$1"));
    }
}
