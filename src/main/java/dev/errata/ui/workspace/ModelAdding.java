package dev.errata.ui.workspace;

import dev.errata.data.Model;
import dev.errata.data.ModelVersion;
import dev.errata.project.Project;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.ProjectModels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * File → Add a model's predictions…: names a model whose columns the data holds, measures it (and, the first
 * time, the project's own model) off the FX thread on the project as it is now, records the versions and
 * saves; the window then opens the project again, so the Compare and History tabs show the new model.
 */
public final class ModelAdding {

    private final ProjectState state;
    private final Background background;
    private final Dialogs dialogs;

    ModelAdding(ProjectState state, Background background, Dialogs dialogs) {
        this.state = state;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Asks for the model as NAME=PREDICTION[:SCORE], adds it, saves, then runs {@code reopen}. */
    public void addChosen(Runnable reopen) {
        Project project = state.project();
        String title = Messages.text("models.add.title");
        dialogs.askText(title, Messages.text("models.add.prompt"), ProjectModels.nextSpec(project))
                .ifPresent(spec -> {
                    List<Model> adding = new ArrayList<>();
                    try {
                        Model model = Model.parse(spec);
                        if (project.models().isEmpty() && !model.name().equals("v1")) {
                            adding.add(Model.of("v1", project.roles()));
                        }
                        adding.add(model);
                    } catch (IllegalArgumentException e) {
                        dialogs.showError(title, e.getMessage());
                        return;
                    }
                    Analysis analysis = state.analysisNow();
                    LocalDate today = LocalDate.now();
                    background.submit(new Job<>(
                            Messages.text(
                                    "models.add.measuring",
                                    adding.get(adding.size() - 1).name()),
                            progress -> adding.stream()
                                    .map(m -> analysis.measure(m, today))
                                    .toList(),
                            versions -> record(adding, versions, title, reopen),
                            failure -> dialogs.showError(title, failure.getMessage())));
                });
    }

    private void record(List<Model> models, List<ModelVersion> versions, String title, Runnable reopen) {
        try {
            for (int i = 0; i < models.size(); i++) {
                state.project().addModel(models.get(i), versions.get(i));
            }
        } catch (IllegalArgumentException e) {
            dialogs.showError(title, e.getMessage());
            return;
        }
        state.save(reopen);
    }
}
