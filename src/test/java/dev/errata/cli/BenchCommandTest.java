package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.bench.ColdCommand;
import dev.errata.data.FileIdentity;
import dev.errata.samples.BenchmarkData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a small file; its speed is judged by running it, not here. */
class BenchCommandTest {

    @TempDir
    Path dir;

    /**
     * Thirty thousand rows, so that the data's few megabytes of heap stand above what the test JVM's other
     * threads (a window test's toolkit, pools) retain between two readings, which on three thousand rows
     * outweighed them.
     */
    @Test
    void measuresEveryFigureAndKeepsTheGeneratedFilesWhenAsked() throws IOException {
        CommandRun run = CommandRun.of(
                "bench", "--rows", "30000", "--tags", "4", "--runs", "1", "--format", "json", "--keep", dir.toString());
        assertThat(run.exitCode()).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("rows").asInt()).isEqualTo(30000);
        assertThat(report.get("columns").asInt())
                .as("id, 10 numbers, 5 categories, label, prediction, score, 4 tags")
                .isEqualTo(23);
        assertThat(report.get("figures").fieldNames())
                .toIterable()
                .containsExactly(
                        "load_ms",
                        "heap_after_load_mb",
                        "all_metrics_ms",
                        "tag_metrics_ms",
                        "slice_metrics_ms",
                        "suggest_ms",
                        "sort_ms",
                        "toggle_round_trip_ms",
                        "save_ms",
                        "reopen_ms");
        report.get("figures").forEach(f -> assertThat(f.get("value").asDouble()).isPositive());
        assertThat(report.get("file_bytes").asLong()).isEqualTo(Files.size(dir.resolve("bench.csv")));
        assertThat(Files.lines(dir.resolve("bench.csv")).count()).isEqualTo(30001);
        assertThat(dir.resolve("bench.errata.json")).exists();
        assertThat(run.exitCode() == 0).isEqualTo(report.get("all_targets_met").asBoolean());
    }

    /**
     * The warm figure's runs: the cold command again and again in one process, each run's milliseconds a line.
     * The file is touched before each run, so it is never old enough for the table cache to keep a run's table
     * for the next: each parses it.
     */
    @Test
    void theWarmRunsTimeTheColdCommandOnAFileTheTableCacheNeverHolds() throws IOException {
        Path csv = dir.resolve("bench.csv");
        new BenchmarkData(2000, 2, 1).write(csv);
        Files.setLastModifiedTime(csv, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        CommandRun run = CommandRun.of("bench", ColdCommand.WARM_OPTION, csv.toString(), "--runs", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .hasSize(3)
                .allSatisfy(line -> assertThat(Double.parseDouble(line)).isPositive());
        assertThat(FileIdentity.of(csv).settledBefore(Instant.now())).isFalse();
    }

    @Test
    void helpNamesTheWindowOptionAndTheExitCodes() {
        CommandRun run = CommandRun.of("help", "bench");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: errata bench", "--window", "1   a target missed");
    }

    @Test
    void refusesTheWindowWhereTheLauncherGaveItNone() {
        CommandRun run = CommandRun.of(
                "bench", "--rows", "200", "--tags", "1", "--runs", "1", "--window", "--keep", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(run.err()).contains("no window to measure");
    }
}
