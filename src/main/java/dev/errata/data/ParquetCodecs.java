package dev.errata.data;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The page decompressors of a read, in pure Java: parquet-java's own make a Hadoop configuration, which
 * needs Hadoop's whole runtime (some 30 MB) in the jar. Zstandard, Snappy and LZ4 are the codecs writers use
 * by default (Polars, Arrow, Spark); gzip comes with the JDK.
 */
final class ParquetCodecs implements CompressionCodecFactory {

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Pages((page, size) -> page);
            case ZSTD -> new Pages(block(new ZstdDecompressor()));
            case SNAPPY -> new Pages(block(new SnappyDecompressor()));
            case LZ4_RAW -> new Pages(block(new Lz4Decompressor()));
            case GZIP -> new Pages(ParquetCodecs::gunzip);
            default -> throw new UnsupportedOperationException("pages compressed with " + codec + " cannot be read");
        };
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("Errata reads Parquet files, it does not write them");
    }

    @Override
    public void release() {
        // Nothing held: each decompressor is made for its column chunk.
    }

    /** How a page's bytes become the {@code size} bytes its header says it holds. */
    private interface Inflation {
        byte[] apply(byte[] page, int size) throws IOException;
    }

    private static Inflation block(Decompressor decompressor) {
        return (page, size) -> {
            byte[] output = new byte[size];
            return Arrays.copyOf(output, decompressor.decompress(page, 0, page.length, output, 0, size));
        };
    }

    private static byte[] gunzip(byte[] page, int size) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(page))) {
            return in.readNBytes(size);
        }
    }

    private record Pages(Inflation inflation) implements BytesInputDecompressor {

        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            byte[] output = inflation.apply(bytes.toByteArray(), uncompressedSize);
            if (output.length != uncompressedSize) {
                throw new IOException(
                        "a page holds " + output.length + " bytes, not the " + uncompressedSize + " its header says");
            }
            return BytesInput.from(output);
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] page = new byte[compressedSize];
            input.get(page);
            output.put(decompress(BytesInput.from(page), uncompressedSize).toByteArray());
        }

        @Override
        public void release() {
            // Pure Java: nothing native to free.
        }
    }
}
