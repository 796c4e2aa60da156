package dev.errata.data;

/** Reads evaluation data from CSV into a columnar dataset with its column roles. */
public final class CsvImporter {

    /**
     * Loads, detects roles and the task, applies the request's overrides and validates.
     *
     * @throws BadInputException naming file, line and column of the first problem
     * @throws CancelledException when the progress reports the user cancelled
     */
    public LoadedData load(ImportRequest request, Progress progress) {
        throw new IllegalStateException("the CSV importer lands in the next commit");
    }
}
