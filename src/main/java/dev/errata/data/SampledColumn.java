package dev.errata.data;

/**
 * What the head of a file showed of one column: enough to choose how the column is stored and whether a
 * label is a class or a number.
 *
 * @param present the cells that were not empty
 * @param allNumeric whether every cell present was a number
 * @param allIntegers whether every cell present was a whole number written as one
 * @param distinct how many different values the head held, counted up to {@link CellSink#SAMPLE_VALUES}
 */
record SampledColumn(int present, boolean allNumeric, boolean allIntegers, int distinct) {}
