package dev.errata.data;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A local file as parquet-java reads it, through a file channel: its reads go straight into the buffers the
 * reader allocates, where parquet-java's own local file reads each row group into an array and copies that.
 */
final class ChannelInputFile implements InputFile {

    private final Path file;

    ChannelInputFile(Path file) {
        this.file = file;
    }

    @Override
    public long getLength() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.size();
        }
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
            @Override
            public long getPos() throws IOException {
                return channel.position();
            }

            @Override
            public void seek(long position) throws IOException {
                channel.position(position);
            }
        };
    }
}
