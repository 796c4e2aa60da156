package dev.errata.data;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
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

    // A decompressor holds tables of its own that are costly to make for each of a file's column chunks;
    // one a thread is reused, as none is safe to share.
    private static final ThreadLocal<Decompressor> ZSTD = ThreadLocal.withInitial(ZstdDecompressor::new);
    private static final ThreadLocal<Decompressor> SNAPPY = ThreadLocal.withInitial(SnappyDecompressor::new);
    private static final ThreadLocal<Decompressor> LZ4 = ThreadLocal.withInitial(Lz4Decompressor::new);
    /**
     * Each thread's page, decompressed into the same array each time: the reader decodes a page whole before
     * it asks for the next (ParquetPages), and a million rows' pages are hundreds of megabytes of garbage.
     */
    private static final ThreadLocal<byte[]> PAGE = ThreadLocal.withInitial(() -> new byte[0]);

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Pages(null);
            case ZSTD -> new Pages(block(ZSTD));
            case SNAPPY -> new Pages(block(SNAPPY));
            case LZ4_RAW -> new Pages(block(LZ4));
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
        // Nothing held but the decompressors of the threads that read.
    }

    /**
     * How a page's bytes (from offset, length long) become the {@code size} bytes its header says it holds,
     * at the start of {@code output}.
     */
    private interface Inflation {
        void apply(byte[] page, int offset, int length, byte[] output, int size) throws IOException;
    }

    private static Inflation block(ThreadLocal<Decompressor> decompressor) {
        return (page, offset, length, output, size) -> {
            int made = decompressor.get().decompress(page, offset, length, output, 0, size);
            if (made != size) {
                throw new IOException("a page holds " + made + " bytes, not the " + size + " its header says");
            }
        };
    }

    private static void gunzip(byte[] page, int offset, int length, byte[] output, int size) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(page, offset, length))) {
            if (in.readNBytes(output, 0, size) != size || in.read() >= 0) {
                throw new IOException("a page does not hold the " + size + " bytes its header says");
            }
        }
    }

    private static byte[] pageOf(int size) {
        byte[] page = PAGE.get();
        if (page.length < size) {
            page = new byte[size];
            PAGE.set(page);
        }
        return page;
    }

    /** @param inflation null for pages stored as they are */
    private record Pages(Inflation inflation) implements BytesInputDecompressor {

        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            if (inflation == null) {
                return bytes;
            }
            // the page as it lies in the row group's buffer where it can, not a copy of it
            ByteBuffer page = bytes.toByteBuffer();
            if (!page.hasArray()) {
                page = ByteBuffer.wrap(bytes.toByteArray());
            }
            byte[] output = pageOf(uncompressedSize);
            inflation.apply(
                    page.array(), page.arrayOffset() + page.position(), page.remaining(), output, uncompressedSize);
            return BytesInput.from(output, 0, uncompressedSize);
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
