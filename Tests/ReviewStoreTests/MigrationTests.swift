import Foundation
import GRDB
@testable import ReviewStore
import Testing
import TestSupport

@Suite("Schema migrations")
struct MigrationTests {
    @Test("a workbench written by the first migration set, with data in it, upgrades without loss")
    func upgradeFromFirstRelease() throws {
        let path = try Repository.temporaryFolder().appendingPathComponent("old.sqlite").path
        let old = try DatabasePool(path: path)
        let firstSet = try #require(WorkbenchSchema.migrator.migrations.first)
        try WorkbenchSchema.migrator.migrate(old, upTo: firstSet)
        // What an analyst of the first release stored: a document, an assertion, a verdict with a note.
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO analysts VALUES ('ann', '2026-01-01T00:00:00.000Z');
                INSERT INTO documents (id, name, created_at) VALUES (1, 'report', '2026-01-01T00:00:00.000Z');
                INSERT INTO versions (id, document_id, number, content_hash, source, format, retrieved_at, ingested_by, text,
                                      boilerplate, paragraphs, sentences)
                  VALUES (1, 1, 1, 'h', 'report.txt', 'text', '2026-01-01T00:00:00.000Z', 'ann',
                          'Police arrested 40 people.', '[]', '[]', '[]');
                INSERT INTO assertions VALUES (1, 'abcdef0123456789', 0, 0, 0, 0, 26, 'Police arrested 40 people.',
                                               'factual', 0.9, 'contains a figure (40)', 'extractor');
                INSERT INTO verdicts (document_id, assertion_id, version_id, rating, note, analyst, created_at)
                  VALUES (1, 'abcdef0123456789', 1, 'accurate', 'Court records confirm the arrests.', 'ann', '2026-01-02T00:00:00.000Z');
                """)
        }
        try old.close()

        let workbench = try Workbench.open(path: path, access: .write)
        let applied = try workbench.database.read { db in try WorkbenchSchema.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(WorkbenchSchema.migrator.migrations))
        let claims = try workbench.claims()
        #expect(claims.map(\.text) == ["Police arrested 40 people."])
        #expect(claims.first?.verdict?.rating == "accurate")
        #expect(claims.first?.verdict?.note == "Court records confirm the arrests.")
        // The full-text index added by the upgrade covers what was stored before it.
        #expect(try workbench.search("arrested").map(\.kind) == ["assertion"])
        #expect(try workbench.search("court records").map(\.kind) == ["note"])
        #expect(try workbench.integrityCheck() == "ok")
    }

    @Test("migrations are registered once, in order, and a new workbench has them all")
    func registeredMigrations() throws {
        let fixture = try WorkbenchFixture()
        let applied = try fixture.workbench.database.read { db in try WorkbenchSchema.migrator.appliedMigrations(db) }
        #expect(applied == WorkbenchSchema.migrator.migrations)
        #expect(applied.count >= 2)
    }
}
