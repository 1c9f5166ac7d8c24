import AssayCore
import Foundation
import GRDB
@testable import ReviewStore
import Testing
import TestSupport

@Suite("Compact rows: a finding's message and fields read back byte for byte")
struct CompactRowsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var message: String
        var text: String
        var fields: String
        var template: String?
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(message: "Figure: Six Nations", text: "Six Nations",
             fields: #"{"attributed":true,"hedge":null,"referent":"Nations","type":"count","value":6}"#, template: "Figure: \u{1}0\u{2}"),
        Case(message: "Attributed to he (person) with the cue “told”", text: "he told BBC Sport",
             fields: #"{"cue":"told","source":"he","sourceType":"person"}"#,
             template: "Attributed to \u{1}2\u{2} (\u{1}3\u{2}) with the cue “\u{1}1\u{2}”"),
        Case(message: "loaded or persuasive language (model score 0.39), in a quotation", text: "a quoted sentence",
             fields: #"{"quoted":true,"score":0.39}"#, template: "loaded or persuasive language (model score \u{1}2\u{2}), in a quotation"),
        Case(message: "a \"test\" finding", text: "Officials", fields: #"{"hedged":true,"source":"officials","value":0.35}"#, template: nil),
        Case(message: "marks \u{1}0\u{2} kept", text: "marks", fields: "{}", template: nil),
        Case(message: "escaped: a \"b\"", text: "x", fields: #"{"q":"a \"b\"","nested":{"k":[1,",",{"}":"]"}]}}"#, template: nil),
        Case(message: "Café ünïcode 数字", text: "数字", fields: #"{"w":"Café"}"#, template: "\u{1}1\u{2} ünïcode \u{1}0\u{2}"),
        Case(message: "spaced", text: "zz", fields: #"{"cue": "said"}"#, template: nil),
        Case(message: "not an object", text: "n", fields: #"["a"]"#, template: nil),
    ]

    @Test("stored and read back", arguments: cases)
    func roundTrip(_ example: Case) {
        let stored = CompactRows.finding(message: example.message, text: example.text, fields: example.fields)
        #expect(stored.isTemplate == (example.template != nil))
        if let template = example.template { #expect(stored.message == template) }
        let message = stored.isTemplate ? CompactRows.message(template: stored.message, text: example.text, fields: stored.fields)
                                        : stored.message
        #expect(message == example.message)
        #expect(CompactRows.fields(stored: stored.fields, shape: stored.shape) == example.fields)
    }

    /// Fields as rules capture them, with what a writer of the compact columns could get wrong:
    /// keys and strings to escape, text beyond ASCII (a decomposed é stays decomposed), every kind of
    /// value, numbers in each form JSON gives them, keys whose order differs by case, and more
    /// than nine fields (two-digit placeholders).
    struct ValuesCase: Sendable, CustomTestStringConvertible {
        var message: String
        var text: String
        var fields: [String: FieldValue]
        var template: String?
        var testDescription: String { message }
    }

    static let valuesCases: [ValuesCase] = [
        ValuesCase(message: "no fields: the text", text: "the text", fields: [:], template: "no fields: \u{1}0\u{2}"),
        ValuesCase(message: "Attributed to he (person) with the cue “told”", text: "he told BBC Sport",
                   fields: ["cue": .string("told"), "source": .string("he"), "sourceType": .string("person")],
                   template: "Attributed to \u{1}2\u{2} (\u{1}3\u{2}) with the cue “\u{1}1\u{2}”"),
        ValuesCase(message: "a \"b\" \\ c, tab\there, e\u{301} 数字 🇮🇷", text: "数字",
                   fields: ["q\"uote": .string("a \"b\" \\ c"), "line\nbreak": .string("tab\there\u{1}\u{1F}"),
                            "é": .string("e\u{301} 数字 🇮🇷 \u{2028}"), "plain": .string("e\u{301}")],
                   template: "a \"b\" \\ c, tab\there, \u{1}2\u{2} \u{1}0\u{2} 🇮🇷"),
        ValuesCase(message: "scores 0.333 and -2.5 of 1e-05, 1e+16, 3.141592653589793, 0", text: "scores",
                   fields: ["null": .null, "true": .bool(true), "zero": .number(0), "negative": .number(-2.5), "small": .number(1e-05),
                            "large": .number(1e16), "third": .number(0.333), "pi": .number(3.141592653589793)],
                   template: "\u{1}0\u{2} \u{1}6\u{2} and \u{1}2\u{2} of \u{1}5\u{2}, \u{1}1\u{2}, \u{1}4\u{2}, \u{1}8\u{2}"),
        ValuesCase(message: "value 9 and value 7, not value 1x", text: "not here",
                   fields: Dictionary(uniqueKeysWithValues: (1...12).map { ("k\($0)", FieldValue.string("value \($0)")) }),
                   template: "\u{1}12\u{2} and \u{1}10\u{2}, not \u{1}1\u{2}x"),
        ValuesCase(message: "B then a", text: "x", fields: ["b": .string(""), "a": .string("B"), "B": .string("a"), "Z": .number(40)],
                   template: "\u{1}3\u{2} then \u{1}1\u{2}"),
        ValuesCase(message: "marks \u{1}0\u{2} kept", text: "marks", fields: ["v": .string("kept")], template: nil),
        ValuesCase(message: "nothing cut", text: "absent", fields: ["flag": .bool(true), "none": .null], template: nil),
    ]

    @Test("a finding stored from its field values as ingest stores it: the same columns as from their JSON, read back equal",
          arguments: valuesCases)
    func fieldValues(_ example: ValuesCase) throws {
        let json = StoredJSON.encode(example.fields)
        let stored = CompactRows.finding(message: example.message, text: example.text, fieldValues: example.fields)
        let fromJSON = CompactRows.finding(message: example.message, text: example.text, fields: json)
        #expect(Array(stored.fields.utf8) == Array(fromJSON.fields.utf8))
        #expect(stored.shape.map { Array($0.utf8) } == fromJSON.shape.map { Array($0.utf8) })
        #expect(Array(stored.message.utf8) == Array(fromJSON.message.utf8))
        #expect(stored.isTemplate == fromJSON.isTemplate)
        #expect(stored.isTemplate == (example.template != nil))
        if let template = example.template { #expect(Array(stored.message.utf8) == Array(template.utf8)) }
        let message = stored.isTemplate ? CompactRows.message(template: stored.message, text: example.text, fields: stored.fields)
                                        : stored.message
        #expect(Array(message.utf8) == Array(example.message.utf8))
        let fields = CompactRows.fields(stored: stored.fields, shape: stored.shape)
        #expect(Array(fields.utf8) == Array(json.utf8))
        #expect(try JSONDecoder().decode([String: FieldValue].self, from: Data(fields.utf8)) == example.fields)
    }

    @Test("findings with odd field values are ingested and read back as they were: fields, messages and the export's columns")
    func oddFindingsIngested() throws {
        let workbench = try PopulatedWorkbench.empty()
        var document = try WorkbenchFixture.document(text: "Officials said police arrested 40 people in Café Rouge. Nobody was hurt.")
        let claim = try #require(document.assertions.first)
        document.findings = Self.valuesCases.enumerated().map { offset, example in
            Finding(rule: "test.odd-\(offset)", category: "test", severity: .info, start: claim.start, end: claim.start + 9,
                    text: example.text, message: example.message, assertion: claim.id, fields: example.fields)
        }
        _ = try workbench.ingest(IngestRequest(document: document, name: "odd", analyst: "alice"))
        let read = try workbench.findings(document: "odd")
        #expect(read.count == Self.valuesCases.count)
        for (offset, example) in Self.valuesCases.enumerated() {
            let entry = try #require(read.first { $0.rule == "test.odd-\(offset)" })
            #expect(Array(entry.message.utf8) == Array(example.message.utf8))
            #expect(Array(entry.text.utf8) == Array(example.text.utf8))
            #expect(entry.fields == example.fields)
        }
        // The export gives back each finding's fields object and message as the rules wrote them.
        let lines = try PopulatedWorkbench.export(workbench)
        let exported = try WorkbenchExportFile(PopulatedWorkbench.data(lines), source: "export").rows.filter { $0.table == "findings" }
        #expect(exported.count == Self.valuesCases.count)
        for (offset, example) in Self.valuesCases.enumerated() {
            let row = try #require(exported.first { $0.values["rule"]?.databaseValue == "test.odd-\(offset)".databaseValue })
            #expect(row.values["fields"]?.databaseValue == StoredJSON.encode(example.fields).databaseValue)
            #expect(row.values["message"]?.databaseValue == example.message.databaseValue)
        }
    }

    @Test("fields written as rules write them are stored as a shape and a values array")
    func fieldsShape() {
        let stored = CompactRows.finding(message: "m", text: "t", fields: #"{"cue":"said","hedged":false}"#)
        #expect(stored.shape == #""cue","hedged""#)
        #expect(stored.fields == #"["said",false]"#)
    }

    @Test("a phrase is stored once and found again by its text, in this transaction and the next")
    func phrasesOnce() throws {
        let workbench = try PopulatedWorkbench.empty()
        let (first, again, other) = try workbench.database.write { db in
            let phrases = Phrases(db)
            return (try phrases.id("states a fact"), try phrases.id("states a fact"), try phrases.id("states a fact\n"))
        }
        #expect(first == again)
        #expect(first != other)
        let (found, text, count) = try workbench.database.write { db in
            let phrases = Phrases(db)
            return (try phrases.id("states a fact"), try phrases.text(other), try Int.fetchOne(db, sql: "SELECT count(*) FROM phrases"))
        }
        #expect(found == first)
        #expect(text == "states a fact\n")
        #expect(count == 2)
        #expect(Phrases.hash("") == Int64(bitPattern: 0xcbf2_9ce4_8422_2325))
        // Canonically equivalent, different bytes: two phrases, each read back as it was.
        let (composed, decomposed, texts) = try workbench.database.write { db in
            let phrases = Phrases(db)
            let composed = try phrases.id("Caf\u{E9}"), decomposed = try phrases.id("Cafe\u{301}")
            return (composed, decomposed, [try phrases.text(composed), try phrases.text(decomposed)])
        }
        #expect(composed != decomposed)
        #expect(texts.map { Array($0.utf8) } == [Array("Caf\u{E9}".utf8), Array("Cafe\u{301}".utf8)])
    }

    @Test("a row whose label names a missing phrase is reported by the integrity check, by table")
    func missingPhraseReported() throws {
        let workbench = try PopulatedWorkbench.populated()
        #expect(try workbench.integrityCheck() == "ok")
        try workbench.database.write { db in
            try db.execute(sql: "DELETE FROM phrases WHERE id = (SELECT rule FROM findings LIMIT 1)")
        }
        let report = try workbench.integrityCheck()
        // As for a broken foreign key: SQLite's "ok" for the file, then each problem on a line of its own.
        #expect(report != "ok")
        #expect(report.split(separator: "\n").contains { $0.hasPrefix("findings: ") && $0.hasSuffix("to a missing phrase") }, "\(report)")
        #expect(!report.contains("assertions:"))
    }
}
