import AssayCore
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

        let workbench = try Workbench.open(path: path, access: .create)
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

    @Test("a workbench of the third migration set upgrades to texts stored once: same claims, findings and search")
    func upgradeToTextsStoredOnce() throws {
        let (path, old) = try Self.workbench(migratedUpTo: "v3-claim-moves-and-authors")
        // Version 1: one assertion and one finding that are their spans of the text, and one
        // assertion stored with a text of its own. Version 2 has a NUL in its text.
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO analysts VALUES ('ann', '2026-01-01T00:00:00.000Z');
                INSERT INTO documents (id, name, created_at) VALUES (1, 'report', '2026-01-01T00:00:00.000Z');
                INSERT INTO versions (id, document_id, number, content_hash, source, format, retrieved_at, ingested_by, text,
                                      boilerplate, paragraphs, sentences)
                  VALUES (1, 1, 1, 'h1', 'report.txt', 'text', '2026-01-01T00:00:00.000Z', 'ann',
                          'Café owners said police arrested 40 people. Crowds gathered.', '[]', '[]', '[]'),
                         (2, 1, 2, 'h2', 'report.txt', 'text', '2026-01-02T00:00:00.000Z', 'ann',
                          'Nul' || char(0) || ' here. Café owners said police arrested 40 people.', '[]', '[]', '[]');
                INSERT INTO assertions VALUES
                  (1, 'aaaa000000000001', 0, 0, 0, 0, 43, 'Café owners said police arrested 40 people.', 'factual', 0.9, 'contains a figure (40)', 'extractor'),
                  (1, 'aaaa000000000002', 1, 1, 0, 44, 60, 'Crowds gathered (reported).', 'factual', 0.5, '', 'analyst'),
                  (2, 'aaaa000000000001', 0, 1, 0, 11, 54, 'Café owners said police arrested 40 people.', 'factual', 0.9, 'contains a figure (40)', 'extractor');
                INSERT INTO findings VALUES
                  (1, 'ffff000000000001', 'attribution.named-source', 'attribution', 'info', 0, 16, 'Café owners said', 'Café owners said: indirect',
                   'aaaa000000000001', '{"cue":"said"}'),
                  (2, 'ffff000000000001', 'attribution.named-source', 'attribution', 'info', 11, 27, 'Café owners said', 'Café owners said: indirect',
                   'aaaa000000000001', '{"cue":"said"}');
                INSERT INTO verdicts (document_id, assertion_id, version_id, rating, note, analyst, created_at)
                  VALUES (1, 'aaaa000000000001', 1, 'accurate', 'Court records confirm the arrests.', 'ann', '2026-01-02T00:00:00.000Z');
                INSERT INTO citations (document_id, assertion_id, url, quote, stance, analyst, created_at)
                  VALUES (1, 'aaaa000000000001', 'https://example.org', 'forty people were detained', 'supports', 'ann', '2026-01-02T00:00:00.000Z');
                """)
        }
        try old.close()

        let workbench = try Workbench.open(path: path, access: .create)
        let applied = try workbench.database.read { db in try WorkbenchSchema.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(WorkbenchSchema.migrator.migrations))
        #expect(try workbench.claims().map(\.text) == ["Café owners said police arrested 40 people."])
        let first = try workbench.reviewedDocument("report", version: 1)
        #expect(first.claims.map(\.text) == ["Café owners said police arrested 40 people.", "Crowds gathered (reported)."])
        #expect(first.findings.map(\.text) == ["Café owners said"])
        #expect(try workbench.findings().map(\.text) == ["Café owners said"])
        // Stored once: the texts their spans give back are gone; the others (a text of its own, a NUL before) stay.
        let kept = try workbench.database.read { db in
            try String.fetchAll(db, sql: "SELECT version_id || ':' || id FROM assertions WHERE text IS NOT NULL ORDER BY 1")
                + String.fetchAll(db, sql: "SELECT 'finding ' || version_id FROM findings WHERE text IS NOT NULL")
        }
        #expect(kept == ["1:aaaa000000000002", "2:aaaa000000000001", "finding 2"])
        let hits = try workbench.search("arrested")
        #expect(hits.map(\.kind) == ["assertion"])
        #expect(hits.first?.snippet == "Café owners said police ⟦arrested⟧ 40 people.")
        #expect(try workbench.search("cafe").map(\.snippet) == ["⟦Café⟧ owners said police arrested 40 people."])
        #expect(try workbench.search("court records").map(\.kind) == ["note"])
        #expect(try workbench.search("detained").map(\.kind) == ["citation"])
        // Only in version 1: found when every version is searched, named by its version.
        #expect(try workbench.search("reported").isEmpty)
        #expect(try workbench.search("reported", allVersions: true).map { "\($0.version ?? 0) \($0.snippet)" } == ["1 Crowds gathered (⟦reported⟧)."])
        #expect(try workbench.integrityCheck() == "ok")
        // Vacuumed after the upgrade: the old tables' pages are returned, not left free in the file.
        #expect(try workbench.database.read { db in try Int.fetchOne(db, sql: "PRAGMA freelist_count") } == 0)
    }

    @Test("a workbench of the fourth migration set holding sentences as full objects upgrades to spans: the same sentences read back")
    func upgradeToSentenceSpans() throws {
        let (path, old) = try Self.workbench(migratedUpTo: "v4-texts-stored-once")
        let document = try WorkbenchFixture.document(text: "Café owners said police arrested 40 people. 😀 Crowds gathered.\n\nThey left at noon.")
        let sentences = document.sentences
        #expect(sentences.count == 3)
        // Version 1 as stored before sentences were spans; version 2 already as spans.
        let legacy = String(decoding: try JSONEncoder().encode(sentences), as: UTF8.self)
        #expect(legacy.hasPrefix("[{"))
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO analysts VALUES ('ann', '2026-01-01T00:00:00.000Z');
                INSERT INTO documents (id, name, created_at) VALUES (1, 'report', '2026-01-01T00:00:00.000Z');
                INSERT INTO versions (id, document_id, number, content_hash, source, format, retrieved_at, ingested_by, text,
                                      boilerplate, paragraphs, sentences)
                  VALUES (1, 1, 1, 'h1', 'report.txt', 'text', '2026-01-01T00:00:00.000Z', 'ann', ?1, '[]', '[]', ?2),
                         (2, 1, 2, 'h2', 'report.txt', 'text', '2026-01-02T00:00:00.000Z', 'ann', ?1, '[]', '[]', ?3);
                """, arguments: [document.text, legacy, SentenceSpans.encode(sentences)])
        }
        try old.close()

        let workbench = try Workbench.open(path: path, access: .create)
        let applied = try workbench.database.read { db in try WorkbenchSchema.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(WorkbenchSchema.migrator.migrations))
        let stored = try workbench.database.read { db in try String.fetchAll(db, sql: "SELECT sentences FROM versions ORDER BY id") }
        #expect(stored == [SentenceSpans.encode(sentences), SentenceSpans.encode(sentences)])
        #expect(stored.map { SentenceSpans.decode($0, text: document.text) } == [sentences, sentences])
        #expect(try workbench.integrityCheck() == "ok")
    }

    @Test("a workbench of the seventh migration set, with a cited file, upgrades: the file stays, as evidence with no media type")
    func upgradeToVersionEvidence() throws {
        let (path, old) = try Self.workbench(migratedUpTo: "v7-citation-titles-searched")
        try old.write { db in
            try db.execute(sql: "INSERT INTO attachments (hash, size, content) VALUES ('abc123', 3, x'010203')")
        }
        try old.close()
        let workbench = try Workbench.open(path: path, access: .write)
        #expect(try workbench.evidence() == [EvidenceEntry(hash: "abc123", size: 3, mediaType: nil, uses: [])])
        #expect(try workbench.evidenceFile("abc").bytes == [1, 2, 3])
    }

    @Test("a workbench of the eighth migration set upgrades to compact rows: the same export, claims, findings, claim details, search and stats")
    func upgradeToCompactRows() throws {
        // The populated workbench, with findings whose messages repeat their text and fields as
        // rules write them, exported: its rows are the eighth migration set's rows.
        let current = try PopulatedWorkbench.populated()
        let document = try WorkbenchFixture.document(text: "Officials said police arrested 40 people in Café Rouge. Nobody was hurt.")
        var flagged = document
        let claim = try #require(document.assertions.first)
        let said = try #require(document.text.range(of: "Officials said"))
        let saidStart = document.text.unicodeScalars.distance(from: document.text.startIndex, to: said.lowerBound)
        flagged.findings = [
            Finding(rule: "numeric.exact-figure", category: "numeric", severity: .info, start: claim.start + 30, end: claim.start + 39,
                    text: "40 people", message: "Figure: 40 people", assertion: claim.id,
                    fields: ["type": .string("count"), "value": .number(40), "referent": .string("people"), "hedge": .null]),
            Finding(rule: "attribution.named-source", category: "attribution", severity: .info, start: saidStart, end: saidStart + 14,
                    text: "Officials said", message: "Attributed to Officials (group) with the cue “said”", assertion: claim.id,
                    fields: ["source": .string("Officials"), "sourceType": .string("group"), "cue": .string("said"), "hedged": .bool(false)]),
            Finding(rule: "framing.model", category: "framing", severity: .info, start: claim.start, end: claim.end,
                    text: claim.text, message: "loaded or persuasive language (model score 0.39), in a quotation: \"Café\" \\ \u{1}",
                    assertion: claim.id, fields: ["score": .number(0.39), "quoted": .bool(true), "reasons": .string("a \"quote\"")]),
        ]
        _ = try current.ingest(IngestRequest(document: flagged, name: "flagged", analyst: "alice"))
        // Both indexes built the same way, so that equal scores come out in the same order; no
        // assignments, which came after the eighth set.
        try current.database.write { db in
            try SearchIndex.rebuild(db)
            try db.execute(sql: "DELETE FROM assignments")
        }
        let lines = try PopulatedWorkbench.export(current)

        let (path, old) = try Self.workbench(migratedUpTo: "v8-version-evidence")
        try old.write { db in
            for row in try WorkbenchExportFile(PopulatedWorkbench.data(lines), source: "export").rows {
                let columns = row.values.keys.sorted()
                try db.execute(sql: """
                    INSERT INTO \(row.table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", ")))
                    VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                    """, arguments: StatementArguments(columns.map { row.values[$0]?.databaseValue ?? .null }))
            }
            // A row as no code of this assay writes it: fields with spaces, a message with the
            // template marks in it. Both are kept as they are.
            try db.execute(sql: """
                INSERT INTO findings (version_id, id, rule, category, severity, start, "end", text, message, assertion_id, fields)
                  SELECT id, 'ffff000000000009', 'old.rule', 'old', 'warning', 0, 3, NULL, 'marks \u{1}0\u{2} here', NULL, '{"cue": "said"}'
                  FROM versions ORDER BY id LIMIT 1
                """)
            try SearchIndex.rebuild(db)
        }
        try old.close()

        let upgraded = try Workbench.open(path: path, access: .write)
        let odd = try PopulatedWorkbench.export(upgraded).filter { $0.contains("ffff000000000009") }
        #expect(odd.count == 1)
        #expect(odd.first?.contains(#""fields":"{\"cue\": \"said\"}""#) == true)
        #expect(odd.first?.contains(#""message":"marks \u00010\u0002 here""#) == true)
        try upgraded.database.write { db in try db.execute(sql: "DELETE FROM findings WHERE id = 'ffff000000000009'") }
        #expect(try PopulatedWorkbench.export(upgraded) == lines)
        #expect(try upgraded.claims() == current.claims())
        #expect(try upgraded.findings() == current.findings())
        #expect(try upgraded.findings().contains { $0.message == "Attributed to Officials (group) with the cue “said”" })
        for claim in try current.claims() {
            #expect(try upgraded.show(PopulatedWorkbench.reference(claim)) == current.show(PopulatedWorkbench.reference(claim)))
        }
        for query in ["police", "\"40 people\"", "5,000", "court"] {
            #expect(try upgraded.search(query) == current.search(query))
        }
        #expect(try upgraded.stats() == current.stats())
        #expect(try upgraded.integrityCheck() == "ok")
    }

    @Test("a workbench of the ninth migration set gains an empty accounts table, and exports the same lines as before")
    func upgradeToAccounts() throws {
        let (path, old) = try Self.workbench(migratedUpTo: "v9-compact-rows")
        try old.close()
        let workbench = try Workbench.open(path: path, access: .write)
        #expect(try workbench.accounts().isEmpty)
        try workbench.addAccount("maria", role: .admin, passwordHash: "h", analyst: "admin")
        #expect(try workbench.accounts().map(\.name) == ["maria"])
        #expect(try workbench.integrityCheck() == "ok")
    }

    /// A new file holding the schema as the migrations up to `migration` left it.
    private static func workbench(migratedUpTo migration: String) throws -> (path: String, pool: DatabasePool) {
        let path = try Repository.temporaryFolder().appendingPathComponent("old.sqlite").path
        let old = try DatabasePool(path: path)
        try WorkbenchSchema.migrator.migrate(old, upTo: migration)
        return (path, old)
    }

    @Test("migrations are registered once, in order, and a new workbench has them all")
    func registeredMigrations() throws {
        let fixture = try WorkbenchFixture()
        let applied = try fixture.workbench.database.read { db in try WorkbenchSchema.migrator.appliedMigrations(db) }
        #expect(applied == WorkbenchSchema.migrator.migrations)
        #expect(applied.count >= 2)
    }
}
