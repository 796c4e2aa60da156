package dev.errata.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;

/**
 * Reads the pages of one column chunk into its fill, a page at a time rather than a value a call: a row is
 * present where its definition level is the column's highest; a dictionary-encoded value is an index into
 * entries converted once, and a plain number is read straight from the page's bytes. Other encodings go
 * through parquet-java's own reader of them; the levels of a page its writer recorded without nulls are
 * not decoded. The columns read are never repeated, so pages hold no repetition levels to read.
 */
final class ParquetPages {

    /** The definition levels of a page's rows, in order. */
    private interface Levels {
        int next() throws IOException;
    }

    /** A page without nulls, as its statistics say, needs no levels decoded. */
    private final Levels allPresent;

    private final ColumnDescriptor column;
    private final ParquetColumnFill fill;
    private final int defined;
    private Dictionary dictionary;

    private ParquetPages(ColumnDescriptor column, ParquetColumnFill fill) {
        this.column = column;
        this.fill = fill;
        this.defined = column.getMaxDefinitionLevel();
        this.allPresent = () -> defined;
    }

    /** Reads the chunk's rows into {@code fill} from {@code firstRow} on. */
    static void read(ColumnDescriptor column, PageReader pages, ParquetColumnFill fill, int firstRow) {
        try {
            new ParquetPages(column, fill).readAll(pages, firstRow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readAll(PageReader pages, int firstRow) throws IOException {
        DictionaryPage dictionaryPage = pages.readDictionaryPage();
        if (dictionaryPage != null) {
            dictionary = dictionaryPage.getEncoding().initDictionary(column, dictionaryPage);
            fill.dictionary(dictionary);
        }
        int row = firstRow;
        DataPage page;
        while ((page = pages.readPage()) != null) {
            if (page instanceof DataPageV1 v1) {
                readV1(v1, row);
            } else {
                readV2((DataPageV2) page, row);
            }
            row += page.getValueCount();
        }
    }

    /** A version 1 page: its levels and values one after another in one block of bytes. */
    private void readV1(DataPageV1 page, int row) throws IOException {
        int count = page.getValueCount();
        ByteBufferInputStream in = page.getBytes().toInputStream();
        Levels levels = allPresent;
        if (defined > 0) {
            ValuesReader reader = page.getDlEncoding().getValuesReader(column, ValuesType.DEFINITION_LEVEL);
            reader.initFromPage(count, in); // steps over the levels to the values
            Statistics<?> statistics = page.getStatistics();
            if (statistics == null || !statistics.isNumNullsSet() || statistics.getNumNulls() > 0) {
                levels = reader::readInteger;
            }
        }
        readValues(page.getValueEncoding(), in, count, levels, row);
    }

    /** A version 2 page: its definition levels run-length encoded on their own, then its values. */
    private void readV2(DataPageV2 page, int row) throws IOException {
        Levels levels = allPresent;
        if (defined > 0 && page.getNullCount() > 0) {
            RunLengthBitPackingHybridDecoder decoder = new RunLengthBitPackingHybridDecoder(
                    BytesUtils.getWidthFromMaxInt(defined),
                    page.getDefinitionLevels().toInputStream());
            levels = decoder::readInt;
        }
        readValues(page.getDataEncoding(), page.getData().toInputStream(), page.getValueCount(), levels, row);
    }

    private void readValues(Encoding encoding, ByteBufferInputStream in, int count, Levels levels, int row)
            throws IOException {
        if (encoding.usesDictionary()) {
            if (dictionary == null) {
                throw new IOException("a page of column \"" + column.getPath()[0]
                        + "\" is dictionary-encoded but its column chunk has no dictionary");
            }
            ValuesReader ids = encoding.getDictionaryBasedValuesReader(column, ValuesType.VALUES, dictionary);
            ids.initFromPage(count, in);
            for (int r = row, end = row + count; r < end; r++) {
                if (levels.next() == defined) {
                    fill.dictionaryEntry(r, ids.readValueDictionaryId());
                } else {
                    fill.missing(r);
                }
            }
        } else if (encoding == Encoding.PLAIN && fill.fixedWidth()) {
            ByteBuffer values = in.slice(in.available()).order(ByteOrder.LITTLE_ENDIAN);
            for (int r = row, end = row + count; r < end; r++) {
                if (levels.next() == defined) {
                    fill.plain(r, values);
                } else {
                    fill.missing(r);
                }
            }
        } else {
            ValuesReader values = encoding.getValuesReader(column, ValuesType.VALUES);
            values.initFromPage(count, in);
            for (int r = row, end = row + count; r < end; r++) {
                if (levels.next() == defined) {
                    fill.value(r, values);
                } else {
                    fill.missing(r);
                }
            }
        }
    }
}
