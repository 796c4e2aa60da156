package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.tags.SetReviewed;
import dev.errata.tags.SetTagRows;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** A journal line is one compact line of JSON keyed by row ids, and reads back as the edit it was. */
class JournalCodecTest {

    private final Dataset data = new DatasetBuilder("fixture")
            .numeric("id", 101, 102, 103, 104)
            .numeric("x", 1, 2, 3, 4)
            .idColumn("id")
            .build();
    private final JournalCodec codec = new JournalCodec(new RowIds(data));

    @Test
    void writesTheRowsAsTheirIdsOnOneLine() throws Exception {
        assertThat(codec.encode(new SetTagRows("car noise", RoaringBitmap.bitmapOf(0, 2, 3), true, "alice")))
                .isEqualTo("{\"edit\":\"set_tag_rows\",\"tag\":\"car noise\",\"on\":true,"
                        + "\"rows\":[\"101\",\"103\",\"104\"],\"by\":\"alice\"}");
        assertThat(codec.encode(new SetReviewed(new RoaringBitmap(), false, null)))
                .isEqualTo("{\"edit\":\"set_reviewed\",\"on\":false,\"rows\":[]}");
    }

    @Test
    void readsBackTheEditItWrote() throws Exception {
        SetTagRows edit = new SetTagRows("car noise", RoaringBitmap.bitmapOf(1, 3), false, "bob");
        assertThat(codec.decode(codec.encode(edit))).isEqualTo(edit);
    }

    @Test
    void aLineWrittenBeforeAnalystsWereRecordedIsNoOnesEdit() throws Exception {
        assertThat(codec.decode("{\"edit\":\"set_reviewed\",\"on\":true,\"rows\":[\"102\"]}"))
                .isEqualTo(new SetReviewed(RoaringBitmap.bitmapOf(1), true, null));
    }

    @Test
    void refusesAnAnalystNameThatIsNotOneLine() {
        assertThatThrownBy(() -> codec.decode("{\"edit\":\"set_reviewed\",\"on\":true,\"rows\":[],\"by\":\"a\\nb\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one line");
    }
}
