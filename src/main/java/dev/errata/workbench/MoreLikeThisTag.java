package dev.errata.workbench;

import dev.errata.discovery.MoreLikeThis;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.tags.TagSession;

/** "More like this" for a hand tag of a session, as both faces ask it: from the tag's rows among all reviewed rows. */
public final class MoreLikeThisTag {

    private MoreLikeThisTag() {
    }

    /** @throws IllegalArgumentException for no such tag, a tag not set by hand, or too few reviewed members */
    public static MoreLikeThis learn(TagSession session, String tag) {
        TagDefinition definition = session.tag(tag)
                .orElseThrow(() -> new IllegalArgumentException("no tag \"" + tag + "\"; the tags are "
                        + session.tags().stream().map(TagDefinition::name).toList()));
        if (definition.kind() != TagKind.HAND) {
            throw new IllegalArgumentException("tag \"" + tag + "\" is a " + definition.kind().key()
                    + " tag; more like this learns from a hand tag's reviewed rows");
        }
        return MoreLikeThis.of(session.dataset(), session.rows(tag), session.reviewed(),
                session.dataset().idColumn().orElse(null));
    }
}
