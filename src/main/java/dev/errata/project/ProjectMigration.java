package dev.errata.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step that rewrites a project file's JSON tree from version {@link #from()} to the next version. */
interface ProjectMigration {

    int from();

    /** Rewrites the tree in place into the shape of version {@code from() + 1}, version field included. */
    void migrate(ObjectNode project);
}
