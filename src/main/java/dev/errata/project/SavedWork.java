package dev.errata.project;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Model;
import dev.errata.data.ModelVersion;
import dev.errata.project.ProjectDocument.RolesRecord;
import dev.errata.tags.Annotations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What one save writes, taken at one moment on the editing thread, and the document it becomes off that thread.
 *
 * @param journaled how far the journal had come when it was taken: the edits the saved file holds
 */
record SavedWork(
        Annotations work,
        ProjectSettings settings,
        List<SavedView> views,
        List<String> checks,
        String summary,
        List<Model> models,
        List<ModelVersion> history,
        Journal.Mark journaled) {

    /**
     * The document to save in {@code folder}, the data's paths relative to it; its save id is its bytes' hash,
     * kept beside it with the rest of {@link LastSave}.
     *
     * @throws IOException when a data file's fingerprint, which a window's open may have left to be hashed now,
     *     cannot be read
     */
    ProjectDocument document(Path folder, DataFiles files, Dataset dataset, ColumnRoles roles) throws IOException {
        RowIds ids = new RowIds(dataset);
        RolesRecord rolesRecord = new RolesRecord(
                roles.id(),
                roles.label(),
                roles.prediction(),
                roles.score(),
                roles.classScores(),
                roles.task() == null ? null : roles.task().key(),
                roles.positiveClass());
        return new ProjectDocument(
                ProjectJson.CURRENT_VERSION,
                null,
                null,
                null,
                files.dataRecord(folder),
                files.predictionsRecord(folder),
                files.joinColumn(),
                rolesRecord,
                settings,
                TagRecords.records(work, ids),
                ids.ids(work.reviewed()),
                TagRecords.ids(work.reviewedBy(), ids),
                TagRecords.notes(work, ids),
                views,
                checks,
                summary,
                QueueRecords.record(work.queue(), ids),
                models,
                history);
    }
}
