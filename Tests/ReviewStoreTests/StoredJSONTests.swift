import AssayCore
import Foundation
@testable import ReviewStore
import Testing

@Suite("Finding fields, paragraphs and boilerplate as JSON")
struct StoredJSONTests {
    @Test("decodes back to the same fields, whatever the text holds")
    func roundTrip() throws {
        let fields: [String: FieldValue] = [
            "source": .string("Mrs. \"Maryam\" Rajavi \\ NCRI\n\t\u{1}é🙂"), "value": .number(100_000), "low": .number(2.5),
            "selfSourced": .bool(true), "hedge": .null, "huge": .number(1e20),
        ]
        let json = StoredJSON.encode(fields)
        let decoded = try JSONDecoder().decode([String: FieldValue].self, from: Data(json.utf8))
        #expect(decoded == fields)
        #expect(json.hasPrefix("{\"hedge\":null,\"huge\":"))
        #expect(json.contains("\"value\":100000"))
    }

    @Test("paragraphs and boilerplate lines read back as they were, as the JSON encoder wrote them")
    func paragraphsAndBoilerplate() throws {
        let paragraphs = [Paragraph(index: 0, start: 0, end: 12, role: .title), Paragraph(index: 1, start: 13, end: 2520, role: .listItem)]
        let lines = [BoilerplateLine(text: "Share \"this\" \\ now\n", line: 4), BoilerplateLine(text: "Exit — version", line: nil)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(StoredJSON.encode(paragraphs) == String(decoding: try encoder.encode(paragraphs), as: UTF8.self))
        #expect(try JSONDecoder().decode([Paragraph].self, from: Data(StoredJSON.encode(paragraphs).utf8)) == paragraphs)
        #expect(try JSONDecoder().decode([BoilerplateLine].self, from: Data(StoredJSON.encode(lines).utf8)) == lines)
        #expect(StoredJSON.encode([Paragraph]()) == "[]")
        #expect(StoredJSON.encode([BoilerplateLine]()) == "[]")
    }
}
