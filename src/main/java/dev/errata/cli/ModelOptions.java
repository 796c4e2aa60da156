package dev.errata.cli;

import dev.errata.data.Model;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --model NAME=COL[:SCORE]}, repeatable: the models of the data, each named. */
final class ModelOptions {

    @Option(
            names = "--model",
            paramLabel = "NAME=COL[:SCORE]",
            description = "A model: its name, prediction column and score column, or NAME=COL:PREFIX* for its class"
                    + " probability columns (repeatable; the first is the one the others are compared with).")
    List<String> specs = new ArrayList<>();

    List<Model> models() {
        return specs.stream().map(Model::parse).toList();
    }
}
