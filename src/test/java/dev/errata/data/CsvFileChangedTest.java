package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file another program rewrites while Errata reads it is refused by name, whether it shrank under the
 * reader, grew, or kept its length with new content, instead of failing with a channel's error or reading
 * zeros where the cut-off bytes were.
 */
class CsvFileChangedTest {

    @TempDir
    Path dir;

    /** Eight megabytes, so the read goes in several blocks and some are read after the change. */
    private Path manyBlocks(boolean quoted) throws IOException {
        StringBuilder csv = new StringBuilder("id,label,pred,score,note\n");
        for (int i = 0; csv.length() < 8 << 20; i++) {
            csv.append(i)
                    .append(i % 3 == 0 ? ",a,b,0." : ",b,b,0.")
                    .append(i % 10)
                    .append(quoted ? ",\"x, y\"\n" : ",plain\n");
        }
        return Files.writeString(dir.resolve("moving.csv"), csv);
    }

    /** A progress whose first report runs the change, as a program writing the file at that moment would. */
    private static Progress changing(Runnable change) {
        AtomicBoolean done = new AtomicBoolean();
        return new Progress() {
            @Override
            public void update(double fractionDone) {
                if (fractionDone > 0 && done.compareAndSet(false, true)) {
                    change.run();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static void assertChanged(Path file, Runnable change) {
        assertThatThrownBy(() -> new CsvImporter().load(ImportRequest.of(file), changing(change)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("moving.csv:1:1: the file changed while it was read; open it again once it is written");
    }

    @Test
    void aFileCutShortWhileItIsReadIsRefusedByName() throws IOException {
        Path file = manyBlocks(false);
        assertChanged(file, () -> truncate(file, (8 << 20) / 3));
    }

    @Test
    void aQuotedFileCutShortWhileItIsReadIsRefusedByName() throws IOException {
        Path file = manyBlocks(true);
        assertChanged(file, () -> truncate(file, 100));
    }

    @Test
    void aFileThatGrowsWhileItIsReadIsRefusedByName() throws IOException {
        Path file = manyBlocks(false);
        assertChanged(file, () -> append(file, "999999999,a,a,0.5,late\n"));
    }

    private static void truncate(Path file, long size) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
