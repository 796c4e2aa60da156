package dev.errata.tags;

/**
 * How far the review of a queue has come, for the window to show as it is: errors and correct rows are
 * those of the current error rows, so a new threshold moves a queued row from one count to the other.
 *
 * @param reviewedErrors the queue's errors marked reviewed
 * @param errors the queue's errors
 * @param reviewedCorrect the queue's correct rows marked reviewed
 * @param correct the queue's correct rows
 * @param picked rows reviewed outside the queue, picked by hand
 */
public record QueueProgress(long reviewedErrors, long errors, long reviewedCorrect, long correct, long picked) {}
