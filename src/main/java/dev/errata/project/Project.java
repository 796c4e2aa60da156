package dev.errata.project;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.LoadedData;
import dev.errata.project.ProjectDocument.RolesRecord;
import dev.errata.tags.TagMembership;
import dev.errata.tags.TagSession;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An open project: the loaded data, the tag session every edit goes through, and what else the file
 * keeps. Between saves each session edit is appended to the journal; {@link #save} writes the file
 * atomically and starts a fresh journal. Open and create one with {@link ProjectOpener}.
 */
public final class Project implements Closeable {

    private Path file;
    private final DataFiles files;
    private final LoadedData data;
    private final TagSession session;
    private final List<String> warnings;
    private ProjectSettings settings;
    private List<SavedView> views;
    private List<String> checks;
    private String summary;
    private Journal journal;
    private final Disk disk;

    Project(Path file, DataFiles files, LoadedData data, TagSession session, ProjectDocument doc, List<String> warnings, Disk disk) {
        this.file = file.toAbsolutePath();
        this.disk = disk;
        this.files = files;
        this.data = data;
        this.session = session;
        this.warnings = List.copyOf(warnings);
        this.settings = doc.settings();
        this.views = doc.views();
        this.checks = doc.checks();
        this.summary = doc.summary();
    }

    /** The journal beside a project file: {@code NAME.errata.journal} for {@code NAME.errata.json}. */
    public static Path journalOf(Path projectFile) {
        return sibling(projectFile, ".journal");
    }

    /** The previous version kept by the last save: {@code NAME.errata.json.bak}. */
    public static Path backupOf(Path projectFile) {
        return projectFile.resolveSibling(projectFile.getFileName() + ".bak");
    }

    private static Path sibling(Path projectFile, String suffix) {
        String name = projectFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return projectFile.resolveSibling(stem + suffix);
    }

    public Path file() {
        return file;
    }

    public LoadedData data() {
        return data;
    }

    public Dataset dataset() {
        return data.dataset();
    }

    public ColumnRoles roles() {
        return data.roles();
    }

    public TagSession session() {
        return session;
    }

    /** Every tag's rows and metric scope (all rows for rule and imported tags, reviewed rows for hand tags). */
    public List<TagMembership> memberships() {
        return session.memberships();
    }

    /** What the user should know about how the project opened: changed data, recovered edits, load warnings. */
    public List<String> warnings() {
        return warnings;
    }

    public ProjectSettings settings() {
        return settings;
    }

    public void setSettings(ProjectSettings value) {
        settings = value;
    }

    public List<SavedView> views() {
        return views;
    }

    public void setViews(List<SavedView> value) {
        views = List.copyOf(value);
    }

    public List<String> checks() {
        return checks;
    }

    public void setChecks(List<String> value) {
        checks = List.copyOf(value);
    }

    public String summary() {
        return summary;
    }

    public void setSummary(String value) {
        summary = value == null ? "" : value;
    }

    public void save() throws IOException {
        saveAs(file);
    }

    /** Saves to another file, storing data paths relative to it; the project then lives there. */
    public void saveAs(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        AtomicFile.replace(disk, absolute, ProjectJson.write(document(absolute.getParent())), backupOf(absolute));
        // the file now holds every edit, so the journal starts over, and the old file's journal goes
        // with it: after Save As its unsaved edits belong to the new file
        stopJournal();
        Files.deleteIfExists(journalOf(file));
        Files.deleteIfExists(journalOf(absolute));
        file = absolute;
        startJournal();
    }

    void startJournal() throws IOException {
        journal = new Journal(journalOf(file), new JournalCodec(new RowIds(dataset())));
        session.addListener(journal);
    }

    private void stopJournal() throws IOException {
        if (journal != null) {
            session.removeListener(journal);
            journal.close();
            journal = null;
        }
    }

    private ProjectDocument document(Path folder) {
        RowIds ids = new RowIds(dataset());
        var work = session.snapshot();
        ColumnRoles r = roles();
        RolesRecord roles = new RolesRecord(r.id(), r.label(), r.prediction(), r.score(), r.classScores(),
                r.task() == null ? null : r.task().key(), r.positiveClass());
        return new ProjectDocument(ProjectJson.CURRENT_VERSION, files.dataRecord(folder), files.predictionsRecord(folder),
                files.joinColumn(), roles, settings, TagRecords.records(work, ids), ids.ids(work.reviewed()),
                TagRecords.notes(work, ids), views, checks, summary);
    }

    /** Stops journaling; unsaved edits stay in the journal and come back when the project is opened again. */
    @Override
    public void close() throws IOException {
        stopJournal();
    }
}
