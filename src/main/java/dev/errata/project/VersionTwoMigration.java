package dev.errata.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Version 3 writes tag definitions and rows one self-contained line each ({@link FileLines}); once read,
 * its fields are version 2's, so a version 2 file needs only its number changed. Its rows get their lines,
 * and stamps, at the next save.
 */
final class VersionTwoMigration implements ProjectMigration {

    @Override
    public int from() {
        return 2;
    }

    @Override
    public void migrate(ObjectNode project) {
        project.put("version", 3);
    }
}
