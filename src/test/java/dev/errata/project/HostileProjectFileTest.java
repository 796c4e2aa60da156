package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project files from elsewhere: damaged, from a newer Errata, or made to do harm. Each one opens, or is
 * refused with one line that names the project file; nothing else escapes, neither a stack overflow nor
 * running out of memory nor a number format error.
 */
class HostileProjectFileTest {

    private static final Pattern ONE_LINE_NAMING_THE_FILE = Pattern.compile("churn\\.errata\\.json: [^\\n]+");

    /** A version 1 project as a user would have it, written out so that each case can alter one thing. */
    private static final String BASE = """
            {"version": 1, "data": {"path": "data.csv"},
             "roles": {"id": "id", "label": "label", "prediction": "pred", "task": "binary"},
             "tags": [{"name": "car noise", "color": "#ff0000", "kind": "hand", "rows": ["b", "d"], "ease": 2}],
             "reviewed": ["a", "b"], "notes": {"d": "truncated"}}
            """;

    @TempDir
    Path folder;

    private ProjectFixture fx;

    @BeforeEach
    void fixture() throws IOException {
        fx = new ProjectFixture(folder);
    }

    /** @param refusal what the message says after the file name, or null when the file opens */
    record Case(String what, String json, String refusal) {

        static Case refused(String what, String json, String refusal) {
            return new Case(what, json, refusal);
        }

        static Case opens(String what, String json) {
            return new Case(what, json, null);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    private static String base(String from, String to) {
        assertThat(BASE).contains(from);
        return BASE.replace(from, to);
    }

    /** The base file as version 3, with its rows the given lines. */
    private static String version3(String rows) {
        return base("\"version\": 1", "\"version\": 3, \"rows\": [" + rows + "]");
    }

    static Stream<Case> hostileFiles() {
        String deepArrays = "[".repeat(100_000) + "]".repeat(100_000);
        String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        return Stream.of(
                Case.refused(
                        "ease 1e400",
                        base("\"ease\": 2", "\"ease\": 1e400"),
                        "a field has a value of the wrong kind at tags[0].ease: "),
                Case.refused(
                        "ease 99999999999999999999",
                        base("\"ease\": 2", "\"ease\": 99999999999999999999"),
                        "a field has a value of the wrong kind at tags[0].ease: "),
                Case.refused(
                        "baseline 1e400",
                        base("\"ease\": 2", "\"baseline\": 1e400"),
                        "bad tag definition: tag \"car noise\": baseline must be in [0, 1], not Infinity"),
                Case.refused(
                        "threshold -1e400",
                        base("\"reviewed\"", "\"settings\": {\"threshold\": -1e400}, \"reviewed\""),
                        "a field has a value of the wrong kind at settings: "),
                Case.refused(
                        "data size 99999999999999999999",
                        base("\"data.csv\"", "\"data.csv\", \"size\": 99999999999999999999"),
                        "a field has a value of the wrong kind at data.size: "),
                Case.refused(
                        "a number of 1000 digits",
                        base("\"ease\": 2", "\"ease\": " + "9".repeat(1000)),
                        "beyond what a project file holds at line 3, column "),
                Case.refused(
                        "version 99999999999999999999",
                        base("\"version\": 1", "\"version\": 99999999999999999999"),
                        "the file is project version 99999999999999999999, and this version of Errata reads versions up to 3; open it with a newer Errata"),
                Case.refused(
                        "version -1",
                        base("\"version\": 1", "\"version\": -1"),
                        "the field version must be a whole number, not -1"),
                Case.refused(
                        "version \"1\"",
                        base("\"version\": 1", "\"version\": \"1\""),
                        "the field version must be a whole number, not \"1\""),
                Case.refused(
                        "version 1.5",
                        base("\"version\": 1", "\"version\": 1.5"),
                        "the field version must be a whole number, not 1.5"),
                Case.refused(
                        "a future version with fields unknown here",
                        base("\"version\": 1", "\"version\": 4, \"layers\": [{}]"),
                        "the file is project version 4, and this version of Errata reads versions up to 3; open it with a newer Errata"),
                Case.refused(
                        "100,000 nested arrays",
                        base("\"reviewed\"", "\"extra\": " + deepArrays + ", \"reviewed\""),
                        "beyond what a project file holds at line 4, column 75: Document nesting depth (65) exceeds"),
                Case.refused(
                        "100,000 nested objects",
                        base("\"reviewed\"", "\"extra\": " + deepObjects + ", \"reviewed\""),
                        "beyond what a project file holds at line 4, column 327: Document nesting depth (65) exceeds"),
                Case.refused(
                        "a note of two million characters",
                        base("\"truncated\"", "\"" + "x".repeat(2_000_000) + "\""),
                        "beyond what a project file holds at line 4, column "),
                Case.opens("a note of 100,000 characters", base("\"truncated\"", "\"" + "x".repeat(100_000) + "\"")),
                Case.opens(
                        "unknown fields",
                        base("\"reviewed\"", "\"plugin\": {\"x\": [1, 2]}, \"reviewed\"")
                                .replace("\"ease\": 2", "\"ease\": 2, \"sparkle\": true")),
                Case.refused(
                        "a duplicate key",
                        base("\"reviewed\"", "\"tags\": [], \"reviewed\""),
                        "not valid JSON at line 4, column 8: Duplicate field 'tags'"),
                Case.refused(
                        "a duplicate row id in the notes",
                        base("\"d\": \"truncated\"", "\"d\": \"truncated\", \"d\": \"overwritten\""),
                        "not valid JSON at line 4, column 57: Duplicate field 'd'"),
                Case.refused(
                        "a second document after the first",
                        BASE + "{}",
                        "not valid JSON at line 5, column 1: Trailing token"),
                Case.refused("garbage after the document", BASE + "]", "not valid JSON at line 5, column 1: "),
                Case.refused(
                        "tags as a string",
                        base("\"tags\": [", "\"tags\": \"all\", \"old_tags\": ["),
                        "a field has a value of the wrong kind at tags: "),
                Case.refused(
                        "a tag as a number",
                        base("\"tags\": [", "\"tags\": [5, "),
                        "a field has a value of the wrong kind at tags[0]: "),
                Case.refused(
                        "reviewed as an object",
                        base("\"reviewed\": [\"a\", \"b\"]", "\"reviewed\": {\"a\": 1}"),
                        "a field has a value of the wrong kind at reviewed: "),
                Case.refused(
                        "notes as a list",
                        base("\"notes\": {\"d\": \"truncated\"}", "\"notes\": [\"d\"]"),
                        "a field has a value of the wrong kind at notes: "),
                Case.refused(
                        "data as a list",
                        base("\"data\": {\"path\": \"data.csv\"}", "\"data\": [\"data.csv\"]"),
                        "the field data.path is missing"),
                Case.refused(
                        "a tag of an unknown kind",
                        base("\"kind\": \"hand\"", "\"kind\": \"robot\""),
                        "bad tag definition: unknown tag kind \"robot\"; expected hand, rule or imported"),
                Case.refused(
                        "an unknown task",
                        base("\"binary\"", "\"quantum\""),
                        "bad column roles: unknown task \"quantum\"; expected binary, multiclass, regression or transcription"),
                Case.refused(
                        "two tags of one name",
                        base(
                                "\"tags\": [",
                                "\"tags\": [{\"name\": \"car noise\", \"color\": \"#00ff00\", \"kind\": \"hand\"}, "),
                        "bad tag definition: tag \"car noise\" has the name or shortcut key of another tag"),
                Case.refused(
                        "a data path with a NUL character",
                        base("\"data.csv\"", "\"data\\u0000.csv\""),
                        "its data file path is not a path: "),
                Case.refused(
                        "a data path to a device",
                        base("\"data.csv\"", "\"/dev/zero\""),
                        "its data file /dev/zero is not there"),
                Case.refused(
                        "a data path into /proc",
                        base("\"data.csv\"", "\"/proc/self/environ\""),
                        "its data file /proc/self/environ is a file of the system (/proc), not data"),
                Case.refused(
                        "a data path into /proc by a relative path",
                        base("\"data.csv\"", "\"" + "../".repeat(40) + "proc/version\""),
                        "its data file " + "../".repeat(40) + "proc/version is a file of the system (/proc), not data"),
                Case.opens(
                        "row ids that do not exist",
                        base("[\"b\", \"d\"]", "[\"b\", \"zz\", \"-1\", \"999999999999\"]")),
                Case.refused(
                        "a null in a list",
                        base("\"reviewed\": [\"a\", \"b\"]", "\"reviewed\": [\"a\", null]"),
                        "the field reviewed[1] is null, where a value belongs"),
                Case.refused(
                        "a null note",
                        base("\"d\": \"truncated\"", "\"d\": null"),
                        "the field notes.d is null, where a value belongs"),
                Case.refused(
                        "a null visible column",
                        base(
                                "\"reviewed\"",
                                "\"views\": [{\"name\": \"v\", \"visible_columns\": [null]}], \"reviewed\""),
                        "the field views[0].visible_columns[0] is null, where a value belongs"),
                Case.refused(
                        "a predictions file without a path",
                        base("\"reviewed\"", "\"predictions\": {\"size\": 1}, \"reviewed\""),
                        "the field predictions.path is missing"),
                Case.refused(
                        "line breaks in a quoted value",
                        base("\"kind\": \"hand\"", "\"kind\": \"robot\\n\\rarm\""),
                        "bad tag definition: unknown tag kind \"robot\\u000a\\u000darm\"; expected hand, rule or imported"),
                Case.opens(
                        "a negative count of held journal edits",
                        base("\"version\": 1", "\"version\": 1, \"journal_edits_held\": -5")),
                Case.refused(
                        "a row's line whose id is a number",
                        version3("{\"row\": 5, \"at\": \"t\"}"),
                        "the field rows[0].row must be text"),
                Case.refused(
                        "a row's line whose analysts are not a list",
                        version3("{\"row\": \"b\", \"tags\": {\"car noise\": \"alice\"}, \"at\": \"t\"}"),
                        "the field rows[0].tags.car noise must be a list of analysts' names"),
                Case.refused(
                        "rows that are not a list",
                        base("\"version\": 1", "\"version\": 3, \"rows\": {}"),
                        "the field rows must be a list"),
                Case.opens(
                        "a row's line for a tag the file does not define",
                        version3("{\"row\": \"b\", \"tags\": {\"gone\": []}, \"at\": \"t\"}, \"end\"")),
                Case.refused("an empty file", "", "expected a JSON object with the project's fields"),
                Case.refused("null", "null", "expected a JSON object with the project's fields"),
                Case.refused("a list", "[]", "expected a JSON object with the project's fields"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void opensOrRefusesWithOneLineNamingTheFile(Case hostile) throws IOException {
        String message = outcome(hostile.json().getBytes(StandardCharsets.UTF_8));
        if (hostile.refusal() == null) {
            assertThat(message).as("opens").isNull();
        } else {
            assertThat(message).startsWith("churn.errata.json: " + hostile.refusal());
        }
    }

    @Test
    void rowIdsTheDataDoesNotHaveAreDroppedAndCounted() throws IOException {
        Files.writeString(fx.projectFile, base("[\"b\", \"d\"]", "[\"b\", \"zz\", \"-1\"]"));
        try (Project p = fx.open()) {
            assertThat(p.session().rows("car noise").toArray()).containsExactly(1);
            assertThat(p.warnings()).singleElement().asString().endsWith("dropped 2 whose row id is gone");
        }
    }

    /** Parsing a rule recurses; a rule made to overflow the stack is a rule that matches nothing, and says why. */
    @ParameterizedTest
    @MethodSource("rulesBeyondBounds")
    void aRuleBeyondBoundsOpensAsATagThatMatchesNothing(String rule, String problem) throws IOException {
        Files.writeString(
                fx.projectFile,
                base("\"kind\": \"hand\", \"rows\": [\"b\", \"d\"]", "\"kind\": \"rule\", \"rule\": \"" + rule + "\""));
        try (Project p = fx.open()) {
            assertThat(p.session().rows("car noise").isEmpty()).isTrue();
            assertThat(p.warnings())
                    .singleElement()
                    .asString()
                    .startsWith("tag \"car noise\" matches no rows: " + problem);
        }
    }

    static Stream<Arguments> rulesBeyondBounds() {
        return Stream.of(
                Arguments.of(
                        "(".repeat(100_000) + "label == 1" + ")".repeat(100_000), "nested more than 100 levels deep"),
                Arguments.of("not ".repeat(100_000) + "label == 1", "nested more than 100 levels deep"),
                Arguments.of("label == 1" + " and label == 1".repeat(50_000), "more than 1000 conditions in one rule"));
    }

    @Test
    void aFileTooLargeForMemoryIsRefusedBeforeReading() throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(fx.projectFile.toFile(), "rw")) {
            sparse.setLength(Runtime.getRuntime().maxMemory());
        }
        assertThat(outcome(null))
                .matches(
                        "churn\\.errata\\.json: the file is \\d+ MB, more than this Errata can read with \\d+ MB of memory \\(at most \\d+ MB\\)");
    }

    /** Every cut of a saved file is refused with the line and column where it stops; random damage opens or is refused. */
    @Test
    void truncatedAndDamagedFilesAreRefusedWithAPositionOrOpen() throws IOException {
        byte[] saved = BASE.strip().getBytes(StandardCharsets.UTF_8);
        int tried = 0;
        for (int cut = 0; cut < saved.length; cut++) {
            String message = outcome(java.util.Arrays.copyOf(saved, cut));
            assertThat(message)
                    .as("cut at %d", cut)
                    .matches(
                            cut == 0
                                    ? ".*expected a JSON object.*"
                                    : ".*(not valid JSON at line \\d+, column \\d+|is missing).*");
            tried++;
        }
        Random random = new Random(8);
        int opened = 0;
        for (int i = 0; i < 1500; i++) {
            byte[] damaged = saved.clone();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                damaged[random.nextInt(damaged.length)] =
                        (byte) (random.nextBoolean() ? random.nextInt(256) : "{}[]\",:0\\".charAt(random.nextInt(9)));
            }
            opened += outcome(damaged) == null ? 1 : 0;
            tried++;
        }
        assertThat(opened)
                .as("some damage leaves a readable file")
                .isGreaterThan(10)
                .isLessThan(1400);
        System.out.println("hostile project files: " + tried + " damaged files tried, " + opened
                + " of the randomly damaged opened");
    }

    /**
     * Writes {@code content} as the project file (null: leaves the file as it is) and opens it.
     *
     * @return null when it opened, else the refusal's message, checked to be one line naming the file
     */
    private String outcome(byte[] content) throws IOException {
        if (content != null) {
            Files.write(fx.projectFile, content);
        }
        Files.deleteIfExists(Project.journalOf(fx.projectFile));
        try (Project p = fx.open()) {
            return null;
        } catch (ProjectFileException e) {
            if (!ONE_LINE_NAMING_THE_FILE.matcher(e.getMessage()).matches()) {
                fail("not one line naming the file: " + e.getMessage());
            }
            return e.getMessage();
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "escaped from opening "
                            + (content == null
                                    ? ""
                                    : new String(
                                            content, 0, Math.min(content.length, 300), StandardCharsets.ISO_8859_1)),
                    e);
        }
    }
}
