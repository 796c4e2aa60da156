package dev.errata.workbench.rows;

import dev.errata.tags.TagMembership;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * What a row filter and sort read of the analyst's marks: each tag's rows and the reviewed rows. The window
 * hands its copy of the session's marks; the command line the marks of the project it opened.
 */
public interface MarkedRows {

    /** The tag's rows; empty for a tag that does not exist. */
    RoaringBitmap rowsOf(String tag);

    /** The rows carrying at least one tag. */
    RoaringBitmap anyTag();

    RoaringBitmap reviewed();

    /** The marks of tags read without a session, e.g. from a project opened to read. */
    static MarkedRows of(List<TagMembership> tags, RoaringBitmap reviewed) {
        Map<String, RoaringBitmap> rows = new LinkedHashMap<>();
        tags.forEach(tag -> rows.put(tag.tag().name(), tag.rows()));
        RoaringBitmap reviewedRows = reviewed.clone();
        return new MarkedRows() {
            @Override
            public RoaringBitmap rowsOf(String tag) {
                return rows.getOrDefault(tag, new RoaringBitmap());
            }

            @Override
            public RoaringBitmap anyTag() {
                return RoaringBitmap.or(rows.values().iterator());
            }

            @Override
            public RoaringBitmap reviewed() {
                return reviewedRows;
            }
        };
    }
}
