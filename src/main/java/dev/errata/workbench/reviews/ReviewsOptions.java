package dev.errata.workbench.reviews;

/**
 * How strict an import of reviews is.
 *
 * @param createTags a tag the project lacks is created as a hand tag, instead of refused
 * @param skipUnknownIds a line whose id the data lacks is counted and skipped, instead of refused
 */
public record ReviewsOptions(boolean createTags, boolean skipUnknownIds) {}
