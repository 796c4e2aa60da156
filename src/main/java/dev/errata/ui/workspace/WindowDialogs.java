package dev.errata.ui.workspace;

import dev.errata.ui.importing.ImportDialogs;
import dev.errata.ui.review.ReviewDialogs;
import dev.errata.ui.tags.TagDialogs;

/** Every question the window asks the user: the common ones and those of the features it holds. */
public interface WindowDialogs extends ImportDialogs, TagDialogs, ReviewDialogs {}
