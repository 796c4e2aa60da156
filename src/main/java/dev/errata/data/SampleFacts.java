package dev.errata.data;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * What a file's sample decided: the encoding it is read in, its header, and what its first records showed
 * of each column. A table's copy keeps them ({@link TableCache#sampleOf}), so that a file read before is not
 * sampled again: the sample takes a first run tens of milliseconds, in code that nothing else of a read
 * from the copy runs.
 *
 * @param named whether the user named the encoding rather than the file's head showing it
 */
record SampleFacts(Charset encoding, boolean named, List<String> names, List<SampledColumn> columns) {

    SampleFacts {
        names = List.copyOf(names);
        columns = List.copyOf(columns);
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + columns.size() + " columns");
        }
    }

    static SampleFacts of(CsvSample sample) {
        return new SampleFacts(
                sample.source().encoding(),
                sample.source().named(),
                Arrays.asList(sample.header().names()),
                Arrays.stream(sample.columns()).map(CellSink::sampled).toList());
    }

    /** The first column of this name. */
    SampledColumn column(String name) {
        int at = names.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException(name);
        }
        return columns.get(at);
    }
}
