package dev.errata.ui.review;

import dev.errata.discovery.MoreLikeThis;
import dev.errata.ui.dialogs.Dialogs;

/** The questions of review mode, with the common ones, behind an interface so tests answer with a fake. */
public interface ReviewDialogs extends Dialogs {

    /** Lets the user fill in the review sample to draw; true when they confirm it. */
    boolean drawSample(SampleDrawViewModel form);

    /** Shows the rule learnt for a hand tag; what the user chose to do with it. */
    MoreLikeThisChoice moreLikeThis(String tag, MoreLikeThis found);
}
