import Foundation
@testable import ReviewStore
import Testing

@Suite("Workbench import: what it refuses")
struct WorkbenchImportTests {
    /// A small valid export; the cases below spoil its fifth line (or its header).
    static let valid = [
        #"{"format":"assay-workbench","schemaVersion":\#(WorkbenchExport.schemaVersion),"tool":"assay"}"#,
        #"{"table":"analysts","row":{"created_at":"2024-05-01T10:00:00.000Z","name":"alice"}}"#,
        #"{"table":"documents","row":{"created_at":"2024-05-01T10:00:00.000Z","id":1,"name":"doc","path":null,"publisher":null,"url":null}}"#,
        #"{"table":"settings","row":{"key":"verdict_scale","value":"[\"true\",\"false\"]"}}"#,
        #"{"table":"analysts","row":{"created_at":"2024-05-01T10:00:00.000Z","name":"bob"}}"#,
        #"{"table":"audit_log","row":{"action":"tag","analyst":"bob","at":"2024-05-01T10:00:00.000Z","detail":"","id":1,"subject":"x"}}"#,
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var line: Int
        var text: String
        var message: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "bad JSON", line: 5, text: #"{"table":"analysts","row":{"name":"bob""#, message: "not valid JSON"),
        Case(name: "not an object", line: 5, text: "[1, 2]", message: "not a row object"),
        Case(name: "unknown table", line: 5, text: #"{"table":"users","row":{"name":"x"}}"#, message: "unknown table 'users'"),
        Case(name: "SQL in a table name", line: 5, text: #"{"table":"analysts\"; DROP TABLE verdicts; --","row":{"name":"x"}}"#,
             message: "unknown table 'analysts\"; DROP TABLE verdicts; --'"),
        Case(name: "unknown column", line: 5, text: #"{"table":"analysts","row":{"admin":1,"created_at":"t","name":"bob"}}"#,
             message: "table 'analysts' has no column 'admin'"),
        Case(name: "SQL in a column name", line: 5,
             text: #"{"table":"analysts","row":{"name\") VALUES ('x'); DROP TABLE verdicts; --":"x"}}"#,
             message: "table 'analysts' has no column 'name\") VALUES ('x'); DROP TABLE verdicts; --'"),
        Case(name: "a key besides table and row", line: 5, text: #"{"table":"analysts","row":{"name":"bob"},"extra":1}"#,
             message: "unknown key(s) \"extra\""),
        Case(name: "no row", line: 5, text: #"{"table":"analysts"}"#, message: "the line has no \"row\""),
        Case(name: "a boolean value", line: 5, text: #"{"table":"analysts","row":{"created_at":"t","name":true}}"#,
             message: "row.name: a value must be null, a number, a string"),
        Case(name: "a malformed file value", line: 5, text: #"{"table":"attachments","row":{"content":{"$hex":"00"},"hash":"h","size":1}}"#,
             message: "row.content: an object value must be {\"$base64\""),
        Case(name: "a missing required column", line: 5, text: #"{"table":"analysts","row":{"name":"bob"}}"#,
             message: "the analysts row was refused: NOT NULL constraint failed: analysts.created_at"),
        Case(name: "a foreign key to nothing", line: 5,
             text: #"{"table":"tags","row":{"analyst":"alice","assertion_id":"ab","created_at":"t","document_id":99,"tag":"x"}}"#,
             message: "the tags row was refused: FOREIGN KEY constraint failed"),
        Case(name: "a duplicate row", line: 5, text: #"{"table":"analysts","row":{"created_at":"t","name":"alice"}}"#,
             message: "the analysts row was refused: UNIQUE constraint failed: analysts.name"),
        Case(name: "a newer schema version", line: 1, text: #"{"format":"assay-workbench","schemaVersion":99,"tool":"assay"}"#,
             message: "written by a newer assay (schema version 99; this assay reads up to \(WorkbenchExport.schemaVersion))"),
        Case(name: "no header", line: 1, text: #"{"table":"analysts","row":{"created_at":"t","name":"carol"}}"#,
             message: "not an assay workbench export"),
        Case(name: "another format", line: 1, text: #"{"format":"something-else","schemaVersion":1}"#,
             message: "not an assay workbench export"),
        Case(name: "no schema version", line: 1, text: #"{"format":"assay-workbench","tool":"assay"}"#,
             message: "the header has no valid schemaVersion"),
    ]

    @Test("a bad line is reported as file:line and nothing is imported", arguments: cases)
    func malformed(_ bad: Case) throws {
        var lines = Self.valid
        lines[bad.line - 1] = bad.text
        let workbench = try PopulatedWorkbench.empty()
        let error = #expect(throws: WorkbenchError.self) {
            try workbench.importLines(PopulatedWorkbench.data(lines), source: "a.jsonl", analyst: "carol")
        }
        let description = error?.description ?? ""
        #expect(description.hasPrefix("a.jsonl:\(bad.line): "), "\(description)")
        #expect(description.contains(bad.message), "\(description)")
        #expect(try PopulatedWorkbench.export(workbench).count == 1, "nothing imported")
    }

    @Test("the valid sample imports, and blank lines are skipped")
    func validSample() throws {
        let workbench = try PopulatedWorkbench.empty()
        let summary = try workbench.importLines(PopulatedWorkbench.data(Self.valid + ["", "  "]), source: "a.jsonl", analyst: "carol")
        #expect(summary.rows == ["analysts": 2, "documents": 1, "settings": 1, "audit_log": 1])
        #expect(try workbench.verdictScale() == ["true", "false"])
    }

    @Test("an empty file has no header")
    func emptyFile() throws {
        let workbench = try PopulatedWorkbench.empty()
        let error = #expect(throws: WorkbenchError.self) { try workbench.importLines(Data(), source: "a.jsonl", analyst: "carol") }
        #expect(error?.description.hasPrefix("a.jsonl:1: no header") == true)
    }

    @Test("import into a workbench with any row is refused and changes nothing")
    func refusesNonEmpty() throws {
        let workbench = try PopulatedWorkbench.populated()
        let before = try PopulatedWorkbench.export(workbench)
        let error = #expect(throws: WorkbenchError.self) {
            try workbench.importLines(PopulatedWorkbench.data(Self.valid), source: "a.jsonl", analyst: "carol")
        }
        #expect(error?.description.contains("the workbench is not empty (") == true, "\(error?.description ?? "")")
        #expect(try PopulatedWorkbench.export(workbench) == before)

        let onlyScale = try PopulatedWorkbench.empty()
        try onlyScale.setVerdictScale(["true", "false"], analyst: "alice")
        let scaleBefore = try PopulatedWorkbench.export(onlyScale)
        let refusal = #expect(throws: WorkbenchError.self) {
            try onlyScale.importLines(PopulatedWorkbench.data(Self.valid), source: "a.jsonl", analyst: "carol")
        }
        #expect(refusal?.description.contains("1 analysts, 1 settings, 1 audit_log") == true, "\(refusal?.description ?? "")")
        #expect(try PopulatedWorkbench.export(onlyScale) == scaleBefore)
    }

    @Test("an export of an older schema version imports; missing columns take their defaults")
    func olderSchemaVersion() throws {
        var lines = Self.valid
        lines[0] = #"{"format":"assay-workbench","schemaVersion":1,"tool":"assay"}"#
        lines[3] = #"{"table":"sources","row":{"id":1,"name":"MEK","updated_at":"t"}}"#
        let workbench = try PopulatedWorkbench.empty()
        _ = try workbench.importLines(PopulatedWorkbench.data(lines), source: "old.jsonl", analyst: "carol")
        let source = try #require(try PopulatedWorkbench.export(workbench).first { $0.contains(#""table":"sources""#) })
        #expect(source.contains(#""aliases":"[]""#))
    }
}
