package dev.errata.data;

/** How the reader stores the cells of one column. */
enum CellKind {
    /** Numbers; a cell that is not one demotes the column to text, and the file is read again. */
    NUMBER,
    /** Numbers the analysis depends on (scores, regression targets); a cell that is not one is bad input. */
    REQUIRED_NUMBER,
    /** Dictionary-encoded text. */
    TEXT,
    /** First look at a sample: records whether every cell is a number and a few distinct values. */
    SNIFF
}
