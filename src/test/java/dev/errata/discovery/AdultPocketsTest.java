package dev.errata.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.CsvImporter;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.metrics.MetricsSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Adult evaluation data (docs/verification) with two pockets planted: in each, 70% of the rows'
 * predictions are flipped to the wrong class. Both pockets must be among the top suggestions, as found. (At
 * the default α = 0.95 a pocket of under 5% of the rows pays (1 − α)·(n/|S| − 1) for its size, so a pocket
 * of 1.5% needs an error rate above five times the overall one to score at all.)
 */
class AdultPocketsTest {

    private static final Path ADULT = Path.of("docs/verification/data/adult-income/adult_predictions.csv");

    @Test
    void plantedPocketsAreAmongTheTopSuggestions(@TempDir Path folder) throws IOException {
        Path planted = folder.resolve("adult_planted.csv");
        plant(planted);
        LoadedData data = new CsvImporter().load(ImportRequest.of(planted), Progress.NONE);

        SliceSuggestions found = SliceSearch.run(
                data.dataset(),
                data.roles(),
                MetricsSettings.defaults(),
                List.of(),
                SearchSettings.DEFAULT,
                Progress.NONE);
        List<String> rules = found.suggestions().stream().map(Suggestion::rule).toList();

        assertThat(rules)
                .as(String.join("\n", rules))
                .contains(
                        "occupation == \"Sales\" and sex == \"Female\"",
                        "relationship == \"Own-child\" and sex == \"Male\"");
    }

    /** Flips 70% of the predictions (seeded) of Sales women (361 rows) and of men who are their parents' child (853). */
    private static void plant(Path out) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build();
        try (Reader in = Files.newBufferedReader(ADULT, StandardCharsets.UTF_8);
                Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            var records = format.parse(in);
            List<String> header = records.getHeaderNames();
            try (CSVPrinter printer = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .build())) {
                for (CSVRecord record : records) {
                    List<String> values = new java.util.ArrayList<>(record.toList());
                    boolean pocket = record.get("occupation").equals("Sales")
                                    && record.get("sex").equals("Female")
                            || record.get("relationship").equals("Own-child")
                                    && record.get("sex").equals("Male");
                    if (pocket && random.nextDouble() < 0.7) {
                        int at = header.indexOf("pred_label");
                        values.set(at, record.get("true_label").equals(">50K") ? "<=50K" : ">50K");
                    }
                    printer.printRecord(values);
                }
            }
        }
    }
}
