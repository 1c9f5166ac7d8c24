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
