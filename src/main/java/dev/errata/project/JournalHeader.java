package dev.errata.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The first line of a journal, {@code {"continues":"<save id>"}}: the save of the project file whose
 * state the journal's edits apply to. The file alone cannot say whether a journal beside it is already
 * in it, since a save can die after renaming the file and before starting the journal over.
 *
 * @param continues the save id of the file the edits apply to; null for a file saved before save ids
 */
record JournalHeader(String continues) {

    /** What a journal written before headers continues: a file written before save ids. */
    static final JournalHeader NONE = new JournalHeader(null);

    byte[] line() throws JsonProcessingException {
        String json = JournalCodec.ONE_LINE.writeValueAsString(
                ProjectJson.MAPPER.createObjectNode().put("continues", continues));
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The header a journal starts with, or {@link #NONE} for one without (written before headers, or empty). */
    static JournalHeader read(Path journal) throws IOException {
        JournalHeader[] header = {NONE};
        JournalLines.scan(journal, first -> {
            if (first.whole()) {
                header[0] = parse(first.text()).orElse(NONE);
            }
            return false;
        });
        return header[0];
    }

    /** @return the header a line holds, or empty for an edit or any other line */
    static Optional<JournalHeader> parse(String line) {
        try {
            JsonNode json = ProjectJson.MAPPER.readTree(line);
            JsonNode continues = json == null ? null : json.get("continues");
            return continues == null
                    ? Optional.empty()
                    : Optional.of(new JournalHeader(continues.isNull() ? null : continues.asText()));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
