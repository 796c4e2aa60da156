package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.bench.WindowFigures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of the errata command line, with what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // as the jar makes it: only the command named first, when one is
        CommandLine line = ErrataCommand.commandLine(WindowFigures.NONE, args.length == 0 ? "" : args[0]);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** {@code errata metrics DATA --format json OPTIONS}, which must succeed without a word on stderr. */
    static JsonNode metricsJson(Path data, String... options) throws IOException {
        String[] args = new String[options.length + 4];
        args[0] = "metrics";
        args[1] = data.toString();
        args[2] = "--format";
        args[3] = "json";
        System.arraycopy(options, 0, args, 4, options.length);
        CommandRun run = of(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}
