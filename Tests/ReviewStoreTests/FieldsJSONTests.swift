import AssayCore
import Foundation
@testable import ReviewStore
import Testing

@Suite("Finding fields as JSON")
struct FieldsJSONTests {
    @Test("decodes back to the same fields, whatever the text holds")
    func roundTrip() throws {
        let fields: [String: FieldValue] = [
            "source": .string("Mrs. \"Maryam\" Rajavi \\ NCRI\n\t\u{1}é🙂"), "value": .number(100_000), "low": .number(2.5),
            "selfSourced": .bool(true), "hedge": .null, "huge": .number(1e20),
        ]
        let json = FieldsJSON.encode(fields)
        let decoded = try JSONDecoder().decode([String: FieldValue].self, from: Data(json.utf8))
        #expect(decoded == fields)
        #expect(json.hasPrefix("{\"hedge\":null,\"huge\":"))
        #expect(json.contains("\"value\":100000"))
    }
}
