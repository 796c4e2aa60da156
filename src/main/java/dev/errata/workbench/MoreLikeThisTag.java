package dev.errata.workbench;

import dev.errata.data.Dataset;
import dev.errata.discovery.MoreLikeThis;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.tags.TagSession;
import java.util.function.Supplier;
import org.roaringbitmap.RoaringBitmap;

/** "More like this" for a hand tag of a session, as both faces ask it: from the tag's rows among all reviewed rows. */
public final class MoreLikeThisTag {

    private MoreLikeThisTag() {}

    /** @throws IllegalArgumentException for no such tag, a tag not set by hand, or too few reviewed members */
    public static MoreLikeThis learn(TagSession session, String tag) {
        return prepare(session, tag).get();
    }

    /**
     * Checks the tag and copies what the learning needs, on the session's thread; the learning itself may
     * run on any thread.
     *
     * @throws IllegalArgumentException for no such tag or a tag not set by hand; too few reviewed members
     *     throw when the learning runs
     */
    public static Supplier<MoreLikeThis> prepare(TagSession session, String tag) {
        TagDefinition definition = session.tag(tag)
                .orElseThrow(() -> new IllegalArgumentException("no tag \"" + tag + "\"; the tags are "
                        + session.tags().stream().map(TagDefinition::name).toList()));
        if (definition.kind() != TagKind.HAND) {
            throw new IllegalArgumentException("tag \"" + tag + "\" is a "
                    + definition.kind().key() + " tag; more like this learns from a hand tag's reviewed rows");
        }
        Dataset data = session.dataset();
        RoaringBitmap rows = session.rows(tag);
        RoaringBitmap reviewed = session.reviewed();
        return () -> MoreLikeThis.of(data, rows, reviewed, data.idColumn().orElse(null));
    }
}
