package dev.errata.samples;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** A sample as a test reads it back: its project file, its CSV's rows, and its metrics from the {@code metrics} command. */
record WrittenSample(Path project, List<CSVRecord> rows, JsonNode metrics) {

    /** @param csv the data file's name beside the project */
    static WrittenSample read(Path project, String csv, String... metricsOptions) throws IOException {
        return new WrittenSample(
                project,
                SampleFiles.readRows(project.resolveSibling(csv)),
                SampleFiles.metricsOf(project, metricsOptions));
    }
}
