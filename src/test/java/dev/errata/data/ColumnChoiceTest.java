package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read of some columns stores the roles' columns and those chosen, each cell as a read of every column
 * stores it; the columns left out are still split into their fields, so a record of the wrong length is as
 * wrong as ever, but nothing in their cells counts, and a problem found after the read points into the file.
 */
class ColumnChoiceTest {

    @TempDir
    Path dir;

    private static LoadedData read(Path file, ColumnChoice choice) {
        return new CsvImporter(TableCache.none()).load(ImportRequest.of(file).reading(choice), Progress.NONE);
    }

    @Test
    void storesTheRolesAndTheColumnsChosenAsAReadOfEveryColumnDoes() {
        Path file = CsvFixtures.write(
                dir,
                "eval.csv",
                "x1,label,prediction,score,group,tag_a,tag_b,note\n"
                        + "0.5,cat,dog,0.25,g1,true,false,\"a, quoted note\"\n"
                        + "1.5,dog,dog,0.75,g2,false,true,plain\n"
                        + "2.5,cat,cat,0.5,,true,true,\"two\nlines\"\n");
        LoadedData every = read(file, ColumnChoice.ALL);
        LoadedData some = read(file, ColumnChoice.of(Set.of("group"), List.of("tag_*")));

        assertThat(some.dataset().columnNames())
                .containsExactly("label", "prediction", "score", "group", "tag_a", "tag_b");
        assertThat(some.roles()).isEqualTo(every.roles());
        for (String name : some.dataset().columnNames()) {
            for (int row = 0; row < 3; row++) {
                assertThat(some.dataset().column(name).text(row))
                        .as("%s row %d", name, row)
                        .isEqualTo(every.dataset().column(name).text(row));
            }
        }
        assertThat(some.dataset().lineOf(2)).isEqualTo(4);
    }

    /**
     * Past the file's head, a column the sample took for numbers holds text, and another a byte that is not
     * UTF-8: read whole, the file is read again with the first as text, and as Windows-1252; read without them,
     * neither happens.
     */
    @Test
    void theCellsOfAColumnLeftOutCountForNothing() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("id,label,prediction,x,note\n".getBytes(StandardCharsets.US_ASCII));
        int rows = 80_000;
        for (int i = 1; i < rows; i++) {
            csv.writeBytes((i + ",a,b,0.5,plain\n").getBytes(StandardCharsets.US_ASCII));
        }
        csv.writeBytes((rows + ",b,b,not a number,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        Path file = CsvFixtures.writeBytes(dir, "eval.csv", csv.toByteArray());

        LoadedData every = read(file, ColumnChoice.ALL);
        LoadedData some = read(file, ColumnChoice.of(Set.of(), List.of()));

        assertThat(every.warnings()).singleElement().asString().contains("is not UTF-8 (line 80001");
        assertThat(every.dataset().column("x")).isInstanceOf(CategoricalColumn.class);
        assertThat(some.warnings()).isEmpty();
        assertThat(some.dataset().columnNames()).containsExactly("id", "label", "prediction");
        assertThat(some.dataset().categorical("label").text(rows - 1)).isEqualTo("b");
    }

    @Test
    void aRecordOfTheWrongLengthIsAnErrorThoughItsExtraFieldIsLeftOut() {
        Path file = CsvFixtures.write(dir, "eval.csv", "label,prediction,x\na,a,1\nb,a,2,3\n");

        assertThatThrownBy(() -> read(file, ColumnChoice.of(Set.of(), List.of())))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("eval.csv:3:")
                .hasMessageContaining("more than the 3 fields");
    }

    @Test
    void aProblemFoundAfterTheReadPointsToTheCellInTheFile() {
        // the id is the third field; the two before it are left out
        Path file = CsvFixtures.write(dir, "eval.csv", "x1,note,id,label,prediction\n1,aa,7,a,a\n2,bbbb,7,b,a\n");

        assertThatThrownBy(() -> read(file, ColumnChoice.of(Set.of(), List.of())))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("eval.csv:3:8: id \"7\" appears twice");
        assertThatThrownBy(() -> read(file, ColumnChoice.ALL)).hasMessageStartingWith("eval.csv:3:8:");
    }

    @Test
    void aParquetFileGivesTheSameColumnsAsItsCsv() {
        ColumnChoice choice = ColumnChoice.of(Set.of("city"), List.of("a*"));
        LoadedData parquet = read(ParquetFixtures.file("small.parquet"), choice);
        LoadedData csv = read(ParquetFixtures.file("small.csv"), choice);

        assertThat(parquet.dataset().columnNames()).containsExactly("id", "label", "prediction", "age", "city");
        ParquetFixtures.assertSameCells(parquet.dataset(), csv.dataset());
    }
}
