package dev.errata.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Version 2 holds the same fields as version 1, laid out one row id to a line so that git merges two
 * analysts' work, and keeps the save's id beside the file ({@link LastSave}) instead of in it. A version 1
 * file keeps the save id it holds: its journal names that one.
 */
final class VersionOneMigration implements ProjectMigration {

    @Override
    public int from() {
        return 1;
    }

    @Override
    public void migrate(ObjectNode project) {
        project.put("version", 2);
    }
}
