import AssayCore
import AssayText
import Foundation
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    /// What `JSONEncoder` writes for `value`, the text the writer must match.
    private func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func written(_ write: (inout JSONWriter) -> Void) -> String {
        var json = JSONWriter()
        write(&json)
        return json.string
    }

    static let hostileStrings: [String] = [
        "", "plain", #"say "no""#, #"C:\Temp\new"#, "a/b</script>", "line\nbreak\r\ttab",
        String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init))) + "\u{7F}",
        "nul \u{0} inside", "separators \u{2028} \u{2029}", "emoji 😀👩‍👩‍👧 and é (e\u{301})",
        "RTL שלום مرحبا \u{202E}override\u{202C}", "\u{FEFF}BOM and zero\u{200B}width", "\u{10FFFF}",
    ]

    @Test("strings are escaped exactly as JSONEncoder escapes them, and read back the same", arguments: hostileStrings)
    func strings(_ text: String) throws {
        let json = written { $0.string(text) }
        #expect(json == (try encoded(text)))
        #expect(try JSONDecoder().decode(String.self, from: Data(json.utf8)) == text)
    }

    @Test("every ASCII byte, at every place of a longer string and beside multi-byte characters, is escaped as JSONEncoder does")
    func everyPlace() throws {
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + ["¢", "Ü", "\u{A0}", "\u{5C0}", "\u{2022}", "😀"]
        for scalar in scalars {
            for place in 0..<17 {
                var text = String(repeating: "ab¢Ü", count: 5)
                text.insert(Character(scalar), at: text.index(text.startIndex, offsetBy: place))
                #expect(written { $0.string(text) } == (try encoded(text)), "U+\(String(scalar.value, radix: 16)) at \(place)")
            }
        }
    }

    static let numbers: [Double] = [0, -0.0, 1, -1, 0.5, 0.57, 0.1 + 0.2, 1 / 3, 1e-5, 2.5e-300, 100, 1_234_567,
                                    1e15, 1e16, 9_007_199_254_740_992, 1e21, -3.75e100, .greatestFiniteMagnitude]

    @Test("numbers are written as JSONEncoder writes them", arguments: numbers)
    func doubles(_ number: Double) throws {
        #expect(written { $0.number(number) } == (try encoded(number)))
    }

    @Test("numbers of up to three decimals, written from their digits, are written as JSONEncoder writes them")
    func decimals() {
        let thousandths = Array(0...120_000) + (0..<2_000).map { _ in Int.random(in: 0..<1_000_000_000_000) }
        for value in thousandths.flatMap({ [Double($0) / 1000, -Double($0) / 1000] }) {
            var expected = value.description
            if expected.hasSuffix(".0") { expected.removeLast(2) }
            #expect(written { $0.number(value) } == expected, "\(value)")
        }
    }

    @Test("a writer grows past its capacity and keeps everything written")
    func growth() throws {
        let text = String(repeating: "a \"quoted\" line\n\u{1}é😀 ", count: 2_000)
        var json = JSONWriter(capacity: 0)
        json.beginArray()
        json.string(text)
        json.number(123_456)
        json.endArray()
        #expect(json.string == "[" + (try encoded(text)) + ",123456]")
    }

    @Test("integers, booleans and null are JSON literals; non-finite numbers, which JSON cannot hold, are null")
    func literals() {
        for integer in [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min] {
            #expect(written { $0.number(integer) } == String(integer))
        }
        #expect(written { $0.bool(true) } == "true")
        #expect(written { $0.string(nil as String?) } == "null")
        #expect(written { $0.number(Double.nan) } == "null")
        #expect(written { $0.number(-Double.infinity) } == "null")
    }

    @Test("commas separate members and elements, however objects and arrays nest")
    func structure() {
        let json = written { json in
            json.beginObject()
            json.key("a")
            json.beginArray()
            json.number(1)
            json.beginObject()
            json.endObject()
            json.beginArray()
            json.endArray()
            json.null()
            json.endArray()
            json.key(escaping: "b\"")
            json.beginObject()
            json.key("c")
            json.bool(false)
            json.endObject()
            json.key("d")
            json.string("e")
            json.endObject()
        }
        #expect(json == #"{"a":[1,{},[],null],"b\"":{"c":false},"d":"e"}"#)
    }

    @Test("fields come out with sorted keys and decode back to the same fields, whatever the text holds")
    func fields() throws {
        let fields: [String: FieldValue] = [
            "source": .string("Mrs. \"Maryam\" Rajavi \\ NCRI\n\t\u{1}é🙂"), "value": .number(100_000), "low": .number(2.5),
            "selfSourced": .bool(true), "hedge": .null, "huge": .number(1e20),
        ]
        let json = written { $0.fields(fields) }
        #expect(try JSONDecoder().decode([String: FieldValue].self, from: Data(json.utf8)) == fields)
        #expect(json.hasPrefix(#"{"hedge":null,"huge":1e+20,"low":2.5,"selfSourced":true,"#))
        #expect(json.hasSuffix(#""value":100000}"#))
    }
}
