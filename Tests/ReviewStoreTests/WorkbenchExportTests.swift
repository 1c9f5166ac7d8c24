import Foundation
import GRDB
@testable import ReviewStore
import Testing

@Suite("Workbench export and import: the round trip")
struct WorkbenchExportTests {
    @Test("export → import into an empty workbench → export: the same lines, plus the import's audit entry last")
    func roundTrip() throws {
        let original = try PopulatedWorkbench.populated()
        let lines = try PopulatedWorkbench.export(original)
        let first = try PopulatedWorkbench.empty()
        _ = try first.importLines(PopulatedWorkbench.data(lines), source: "a.jsonl", analyst: "carol")
        let a = try PopulatedWorkbench.export(first)
        #expect(Array(a.dropLast()) == lines)
        #expect(Set(a.dropFirst().compactMap(Self.table)) == Set(WorkbenchTables.ordered), "every table has rows")

        let second = try PopulatedWorkbench.empty()
        let summary = try second.importLines(PopulatedWorkbench.data(a), source: "a.jsonl", analyst: "dave")
        let b = try PopulatedWorkbench.export(second)
        #expect(summary.total == a.count - 1)
        #expect(b.count == a.count + 1)
        #expect(Array(b.dropLast()) == a)
        let entry = try #require(b.last.flatMap(Self.row))
        #expect(Self.table(b.last ?? "") == "audit_log")
        #expect(entry["action"] as? String == "import")
        #expect(entry["analyst"] as? String == "dave")
        #expect(entry["subject"] as? String == "a.jsonl")
        #expect(!b.contains { Self.table($0) == "analysts" && $0.contains("\"dave\"") }, "the importer is not registered")

        #expect(try second.claims() == first.claims())
        for claim in try first.claims() {
            let reference = PopulatedWorkbench.reference(claim)
            #expect(try second.show(reference) == first.show(reference))
        }
        #expect(try searchIndex(second) == searchIndex(original), "the rebuilt index is the one built while reviewing")
        #expect(try second.integrityCheck() == "ok")
    }

    @Test("an export holding sentences as full objects, as older workbenches stored them, imports them as spans")
    func fullSentenceObjectsImportAsSpans() throws {
        let original = try PopulatedWorkbench.populated()
        let spans = try original.database.read { db in try String.fetchAll(db, sql: "SELECT sentences FROM versions ORDER BY id") }
        let lines = try PopulatedWorkbench.export(original).map { line -> String in
            guard Self.table(line) == "versions", var row = Self.row(line), let text = row["text"] as? String,
                  let sentences = row["sentences"] as? String else { return line }
            let full = try JSONEncoder().encode(SentenceSpans.decode(sentences, text: text))
            row["sentences"] = String(decoding: full, as: UTF8.self)
            let object: [String: Any] = ["table": "versions", "row": row]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(lines.contains { $0.contains(#"\"paragraph\":"#) }, "the export holds full sentence objects")
        let copy = try PopulatedWorkbench.empty()
        _ = try copy.importLines(PopulatedWorkbench.data(lines), source: "old.jsonl", analyst: "carol")
        #expect(try copy.database.read { db in try String.fetchAll(db, sql: "SELECT sentences FROM versions ORDER BY id") } == spans)
    }

    @Test("the same workbench always exports the same bytes; header first, rows sorted by key")
    func deterministic() throws {
        let workbench = try PopulatedWorkbench.populated()
        let once = try PopulatedWorkbench.export(workbench), twice = try PopulatedWorkbench.export(workbench)
        #expect(once == twice)
        #expect(once.first == #"{"format":"assay-workbench","schemaVersion":\#(WorkbenchExport.schemaVersion),"tool":"assay"}"#)
        for line in once.dropFirst() {
            #expect(line.hasPrefix(#"{"table":""#))
        }
        let tables = once.dropFirst().compactMap(Self.table)
        let positions = tables.compactMap { WorkbenchTables.ordered.firstIndex(of: $0) }
        #expect(positions == positions.sorted(), "tables in export order")
        let attachment = try #require(once.first { Self.table($0) == "attachments" })
        #expect(attachment.contains(#""content":{"$base64":"AAEC//4KDQA="}"#))
    }

    @Test("every table of the schema is exported, except the full-text index (its entries included), the phrases assertions and findings are stored with, the desk's accounts, and SQLite's and GRDB's own")
    func everyTableExported() throws {
        let workbench = try PopulatedWorkbench.empty()
        let all = try workbench.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        let ownedBySQLite = all.filter {
            $0.hasPrefix("sqlite_") || $0.hasPrefix("grdb_") || $0.hasPrefix("search_") || $0 == "phrases" || $0 == "accounts"
        }
        #expect(Set(all).subtracting(ownedBySQLite) == Set(WorkbenchTables.ordered))
        #expect(try workbench.read { db in try WorkbenchTables.contentTables(db) } == Set(WorkbenchTables.ordered))
    }

    @Test("a table the export list does not know makes export fail instead of leaving it out")
    func unknownTableFails() throws {
        let workbench = try PopulatedWorkbench.empty()
        try workbench.write { db in try db.execute(sql: "CREATE TABLE reports (id INTEGER PRIMARY KEY, body TEXT)") }
        let error = #expect(throws: WorkbenchError.self) { try PopulatedWorkbench.export(workbench) }
        #expect(error?.description.contains("reports") == true)
    }

    @Test("an error of the sink stops the export and comes out as it was thrown, not as a workbench error")
    func sinkErrorPassesThrough() throws {
        struct Full: Error, Equatable {}
        let workbench = try PopulatedWorkbench.populated()
        var lines = 0
        #expect(throws: Full()) {
            try workbench.export { (_: String) throws(Full) in
                lines += 1
                if lines == 3 { throw Full() }
            }
        }
        #expect(lines == 3, "nothing is written after the refusal")
    }

    @Test("a column added later is exported without a change to the export code")
    func newColumnExported() throws {
        let workbench = try PopulatedWorkbench.populated()
        try workbench.write { db in try db.execute(sql: "ALTER TABLE verdicts ADD COLUMN reviewed_by TEXT DEFAULT 'x'") }
        let verdict = try #require(try PopulatedWorkbench.export(workbench).first { Self.table($0) == "verdicts" })
        #expect(verdict.contains(#""reviewed_by":"x""#))
    }

    @Test("every foreign key points to a table exported earlier")
    func foreignKeyOrder() throws {
        let workbench = try PopulatedWorkbench.empty()
        for (index, table) in WorkbenchTables.ordered.enumerated() {
            let targets = try workbench.read { db in
                try String.fetchAll(db, sql: "SELECT \"table\" FROM pragma_foreign_key_list(?)", arguments: [table])
            }
            for target in targets {
                #expect(WorkbenchTables.ordered.prefix(index + 1).contains(target), "\(table) → \(target)")
            }
        }
    }

    @Test("notes with quotes, semicolons, newlines, SQL and unicode survive export and import byte for byte")
    func notesSurvive() throws {
        let original = try PopulatedWorkbench.populated()
        let copy = try PopulatedWorkbench.empty()
        _ = try copy.importLines(PopulatedWorkbench.data(try PopulatedWorkbench.export(original)), source: "a.jsonl", analyst: "alice")
        let notes = try copy.claims().flatMap { claim in
            try copy.show(PopulatedWorkbench.reference(claim)).verdicts.compactMap(\.note)
        }
        for note in PopulatedWorkbench.trickyNotes {
            #expect(notes.contains { Array($0.utf8) == Array(note.utf8) }, "\(note.debugDescription)")
        }
        #expect(try copy.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM verdicts") } == 6)
    }

    private func searchIndex(_ workbench: Workbench) throws -> [[String]] {
        try workbench.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.version_id IS NULL, e.document_id, e.subject, s.body FROM search_index s JOIN search_entries e ON e.id = s.rowid
                ORDER BY 1, 2, 3, 4
                """)
                .map { row in (0..<4).map { "\(row[$0] as DatabaseValue)" } }
        }
    }

    static func object(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    static func table(_ line: String) -> String? { object(line)?["table"] as? String }
    static func row(_ line: String) -> [String: Any]? { object(line)?["row"] as? [String: Any] }
}
