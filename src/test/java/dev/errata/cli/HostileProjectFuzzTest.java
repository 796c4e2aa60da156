package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.data.BadInputException;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectFileException;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * Generated hostile projects and journals, seeded: a valid project and its journal with one field, line or
 * header made hostile at a time (negative, huge, fractional and non-finite numbers, wrong types, paths out of
 * the folder and into the system, NUL, long strings, deep nesting, garbage and torn lines). Each one is read
 * by {@code errata metrics} and opened as the window opens it: the command exits 0 or 2 with no stack trace,
 * the open succeeds or is refused with a {@link ProjectFileException} or {@link BadInputException}, and
 * neither hangs.
 */
class HostileProjectFuzzTest {

    private static final int FILES = 1_200;
    private static final int JOURNALS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV =
            "id,label,pred,score,g\n1,1,1,0.9,a\n2,1,0,0.4,a\n3,0,0,0.2,b\n4,0,1,0.7,b\n5,1,1,0.8,a\n";

    @TempDir
    Path dir;

    /** Values that have broken or could break a reader: each replaces one node of a valid file. */
    private static List<JsonNode> hostileValues() throws IOException {
        List<JsonNode> values = new ArrayList<>();
        for (String json : List.of(
                "-5",
                "-1",
                "0",
                "1",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775808",
                "1e400",
                "-1e400",
                "0.5",
                "1.5",
                "NaN",
                "null",
                "true",
                "false",
                "\"\"",
                "\" \"",
                "\"x\"",
                "\"-5\"",
                "[]",
                "[null]",
                "[1, 2]",
                "{}",
                "{\"a\": 1}",
                "\"../../../../../../etc/passwd\"",
                "\"/proc/self/environ\"",
                "\"/dev/zero\"",
                "\"/dev/stdin\"",
                "\".\"",
                "\"..\"",
                "\"/\"",
                "\"data.csv/\"",
                "\"a\\u0000b\"",
                "\"#ff0000\"",
                "\"hand\"",
                "\"rule\"",
                "\"imported\"",
                "\"binary\"",
                "\"label == 1\"",
                "\"((((\"",
                "[\"1\", \"1\", \"zz\"]",
                "{\"1\": null}",
                "{\"1\": 5}",
                "[[[[[[[[[[]]]]]]]]]]")) {
            values.add(JSON.readTree(json.equals("NaN") ? "\"NaN\"" : json));
        }
        values.add(JsonNodeFactory.instance.textNode("x".repeat(100_000)));
        values.add(JsonNodeFactory.instance.textNode("é\t\n\r\"\\<script>=cmd|' --"));
        return values;
    }

    @Test
    void hostileProjectFilesAndJournalsExitZeroOrTwoAndOpenOrAreRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("p"));
        Path project = folder.resolve("eval.errata.json");
        byte[][] valid = validProject(folder, project);
        ObjectNode base = (ObjectNode) JSON.readTree(valid[0]);
        List<String> journalLines = List.of(new String(valid[1], StandardCharsets.UTF_8).split("\n"));
        List<JsonNode> hostile = hostileValues();
        Random random = new Random(2718);
        Map<String, Integer> outcomes = new TreeMap<>();
        failures.clear();

        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            for (int i = 0; i < FILES; i++) {
                ObjectNode damaged = base.deepCopy();
                String where = mutate(damaged, hostile, random);
                tryIt(folder, project, JSON.writeValueAsBytes(damaged), valid[1], "project " + where, outcomes);
            }
            for (int i = 0; i < JOURNALS; i++) {
                String[] what = new String[1];
                byte[] journal = hostileJournal(journalLines, hostile, random, what);
                tryIt(folder, project, valid[0], journal, "journal " + what[0], outcomes);
            }
        });

        System.out.println("hostile project fuzz: " + (FILES + JOURNALS) + " files, outcomes " + outcomes);
        assertThat(failures).isEmpty();
        assertThat(outcomes.get("metrics 0") + outcomes.get("metrics 2")).isEqualTo(FILES + JOURNALS);
        assertThat(outcomes).containsKeys("metrics 0", "metrics 2");
    }

    /** A saved project with a hand tag, a rule tag, a note, a view and a check, and a journal of every kind of edit. */
    private byte[][] validProject(Path folder, Path project) throws IOException {
        Files.writeString(folder.resolve("data.csv"), CSV);
        try (Project p =
                new ProjectOpener().create(project, ImportRequest.of(folder.resolve("data.csv")), Progress.NONE)) {
            p.session().createTag(TagDefinition.hand("noise", "#ff0000"));
            p.session().createTag(TagDefinition.rule("sure", "#00ff00", "score > 0.5"));
            p.session().setTag("noise", RoaringBitmap.bitmapOf(0, 2), true);
            p.session().setReviewed(RoaringBitmap.bitmapOf(0, 1, 2), true);
            p.session().setNote(1, "faint");
            p.setViews(List.of(
                    new dev.errata.project.SavedView("v", "g == \"a\"", "score", "ascending", List.of("id", "g"))));
            p.setChecks(List.of("accuracy >= 0.1"));
            p.save();
            p.session().createTag(TagDefinition.hand("later", "#0000ff"));
            p.session().setTag("later", RoaringBitmap.bitmapOf(3), true);
            p.session().setTag("noise", RoaringBitmap.bitmapOf(0), false);
            p.session().setReviewed(RoaringBitmap.bitmapOf(4), true);
            p.session().setNote(1, "fainter");
            p.session().renameTag("later", "later on");
            p.session().deleteTag("sure");
        }
        return new byte[][] {Files.readAllBytes(project), Files.readAllBytes(Project.journalOf(project))};
    }

    /** Replaces or removes one node of the tree. @return where */
    private static String mutate(ObjectNode root, List<JsonNode> hostile, Random random) {
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        String pointer = pointers.get(random.nextInt(pointers.size()));
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        JsonNode value = random.nextInt(10) == 0 ? null : hostile.get(random.nextInt(hostile.size()));
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        return pointer + " = " + (value == null ? "removed" : abbreviated(value.toString()));
    }

    private static void collect(JsonNode node, String at, List<String> pointers) {
        if (!at.isEmpty()) {
            pointers.add(at);
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                collect(object.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), pointers);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), at + "/" + i, pointers);
            }
        }
    }

    /** The valid journal with one line made hostile: a field of an edit, the header, garbage, a cut, a long line. */
    private static byte[] hostileJournal(List<String> valid, List<JsonNode> hostile, Random random, String[] what)
            throws IOException {
        List<String> lines = new ArrayList<>(valid);
        int at = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0, 1, 2 -> {
                ObjectNode line = (ObjectNode) JSON.readTree(lines.get(at));
                what[0] = "line " + (at + 1) + " " + mutate(line, hostile, random);
                lines.set(at, JSON.writeValueAsString(line));
            }
            case 3 -> {
                byte[] noise = new byte[random.nextInt(200)];
                random.nextBytes(noise);
                lines.set(at, new String(noise, StandardCharsets.ISO_8859_1).replace('\n', ' '));
                what[0] = "line " + (at + 1) + " garbage";
            }
            case 4 -> {
                String line = lines.get(at);
                lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                what[0] = "line " + (at + 1) + " cut";
            }
            default -> {
                lines.add(
                        at,
                        "{\"edit\":\"set_note\",\"row\":\"1\",\"before\":null,\"after\":\""
                                + "n".repeat(1 + random.nextInt(2 << 20)) + "\"}");
                what[0] = "long note at line " + (at + 1);
            }
        }
        String text = String.join("\n", lines) + (random.nextInt(4) == 0 ? "" : "\n");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every case that failed, so that one run shows them all rather than the first. */
    private final List<String> failures = new ArrayList<>();

    private void tryIt(
            Path folder, Path project, byte[] json, byte[] journal, String what, Map<String, Integer> outcomes)
            throws IOException {
        try {
            tryOne(folder, project, json, journal, what, outcomes);
        } catch (AssertionError e) {
            String flat = e.getMessage().replaceAll("\\s+", " ");
            failures.add(flat.substring(0, Math.min(400, flat.length()))
                    + (e.getCause() == null ? "" : " cause " + e.getCause()));
        }
    }

    private void tryOne(
            Path folder, Path project, byte[] json, byte[] journal, String what, Map<String, Integer> outcomes)
            throws IOException {
        Files.write(project, json);
        Files.write(Project.journalOf(project), journal);
        CommandRun run = CommandRun.of("metrics", "--project", project.toString());
        assertThat(run.exitCode()).as("%s: %s", what, run.err()).isIn(0, 2);
        assertThat(run.err()).as(what).doesNotContain("\tat ").doesNotContain("Exception");
        if (run.exitCode() == 2) {
            assertThat(run.err()).as(what).matches("errata: [^\\n]+\\R");
        }
        outcomes.merge("metrics " + run.exitCode(), 1, Integer::sum);
        outcomes.merge("open " + openAsTheWindowDoes(project, what), 1, Integer::sum);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().equals("data.csv")) {
                    Files.delete(file);
                }
            }
        }
    }

    /** @return "opened" or "refused"; any other failure fails the test */
    private static String openAsTheWindowDoes(Path project, String what) throws IOException {
        try (Project p = new ProjectOpener().open(project, Progress.NONE)) {
            p.session().setReviewed(RoaringBitmap.bitmapOf(3), true);
            return "opened";
        } catch (ProjectFileException | BadInputException e) {
            assertThat(e.getMessage()).as(what).doesNotContain("\n");
            return "refused";
        } catch (RuntimeException e) {
            throw new AssertionError("escaped from opening " + what, e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
