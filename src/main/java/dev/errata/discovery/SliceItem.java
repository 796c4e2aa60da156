package dev.errata.discovery;

import java.util.List;

/**
 * One basic slice, a value or bin of one feature column: the search's level one, which it joins into
 * conjunctions.
 *
 * @param feature the index of its column among the candidate columns; a slice has at most one item of each
 * @param conditions what it means in the rule language: one condition, or two for a bin of numbers
 * @param rows every row its conditions hold for, as {@link RowWords}
 * @param size its evaluable rows (label and prediction present)
 * @param errors its error rows
 */
record SliceItem(int feature, List<SliceCondition> conditions, long[] rows, int size, int errors) {}
