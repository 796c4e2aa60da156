package dev.errata.workbench.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version is the POM's, and every library the build ships has its licence listed, and only those. */
class ProductInfoTest {

    @Test
    void theVersionIsThePomsOwn() throws Exception {
        // the project's version is the first <version> in pom.xml, before the dependencies'
        Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(ProductInfo.version()).isEqualTo(version.group(1));
    }

    @Test
    void everyShippedLibraryHasItsLicenceAndNoLicenceNamesALibraryNotShipped() throws Exception {
        assertThat(ProductInfo.libraries())
                .extracting(Library::coordinates)
                .containsExactlyInAnyOrderElementsOf(ProductInfo.licences().keySet());
        assertThat(ProductInfo.libraries()).extracting(Library::licence).doesNotContain("unknown");
        // the JavaFX module and its platform jar are one library, at the POM's version
        Matcher javafx = Pattern.compile("<javafx.version>([^<]+)</javafx.version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(javafx.find()).isTrue();
        assertThat(ProductInfo.libraries())
                .filteredOn(library -> library.artifact().equals("javafx-base"))
                .singleElement()
                .extracting(Library::version)
                .isEqualTo(javafx.group(1));
        assertThat(ProductInfo.libraries())
                .filteredOn(library -> library.artifact().equals("fastdoubleparser"))
                .singleElement()
                .isEqualTo(new Library("ch.randelshofer", "fastdoubleparser", "2.0.1", "MIT"));
    }
}
