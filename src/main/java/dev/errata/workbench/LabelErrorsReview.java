package dev.errata.workbench;

import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagPalette;
import dev.errata.tags.TagSession;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The hand tag an analyst confirms label-error suspects with: tagging a suspect confirms it, reviewing it
 * without the tag rejects it. The suspects are walked outside the review queue, so the rows reviewed from
 * them count as picked by hand in the estimates, never as the random sample.
 */
public final class LabelErrorsReview {

    public static final String TAG = "possible label error";

    private LabelErrorsReview() {}

    /** Creates the tag, as one undoable edit with the first free key 1–9, unless the session has it. */
    public static void prepare(TagSession session) {
        if (session.tag(TAG).isPresent()) {
            return;
        }
        Integer key = IntStream.rangeClosed(1, 9)
                .boxed()
                .filter(k -> session.tags().stream().noneMatch(t -> Objects.equals(t.shortcut(), k)))
                .findFirst()
                .orElse(null);
        session.createTag(
                TagDefinition.hand(TAG, TagPalette.color(session.tags().size()))
                        .withDescription(
                                "the label looks wrong: confident learning flagged the row and a reviewer confirmed it")
                        .withSettings(null, null, null, key));
    }
}
