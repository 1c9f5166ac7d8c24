import AssayCore
import Foundation
@testable import RulesEngine
import TestSupport
import Testing

/// The quantity table (`Fixtures/quantities.txt`): one case a line, each a sentence with the
/// quantity the shipped recognizer must read in it and its fields, or text it must not read as
/// a quantity. A failing case names its class, its line and what was found instead.
@Suite struct NumericQuantityTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: Int
        var kind: String
        var sentence: String
        var text: String
        /// Nil: no quantity may overlap `text`.
        var fields: [String: FieldValue]?
        var testDescription: String { "[\(kind)] \(sentence)" }
    }

    static let fixture = Repository.url("Tests/RulesEngineTests/Numeric/Fixtures/quantities.txt")
    static let cases: [Case] = (try? read(fixture)) ?? []

    /// Every class of the issue, with the least number of cases each must have.
    static let classes = [
        "fraction", "negative", "magnitude", "decimal", "bound", "range", "spelled", "grouping",
        "ordinal", "unit", "year", "not-a-quantity",
    ]

    @Test(arguments: cases)
    func readsTheQuantity(_ example: Case) {
        let text = MatchText(example.sentence)
        let sentence = SentenceView(text: text, byteRange: 0..<text.bytes.count)
        let found = NumericFixture.recognizer.recognize(sentence)
        let described = found.map { "⟦\(text.string($0.byteRange))⟧ \(Self.describe($0.fields))" }
        let wanted = MatchText(example.text).bytes
        let where_ = "[\(example.kind)] line \(example.line): \(example.sentence)"
        guard let fields = example.fields else {
            guard let forbidden = Self.range(of: wanted, in: text.bytes) else {
                Issue.record("\(where_): the table's text ⟦\(example.text)⟧ is not in the sentence")
                return
            }
            let overlapping = found.filter { $0.byteRange.overlaps(forbidden) }
            #expect(overlapping.isEmpty, "\(where_): ⟦\(example.text)⟧ must not be read as a quantity; found \(described)")
            return
        }
        guard let match = found.first(where: { Array(text.bytes[$0.byteRange]) == wanted }) else {
            Issue.record("\(where_): no ⟦\(example.text)⟧; found \(described)")
            return
        }
        let wrong = fields.filter { key, value in
            value == .null ? match.fields[key].map { $0 != .null } ?? false : match.fields[key] != value
        }
        #expect(wrong.isEmpty, "\(where_): ⟦\(example.text)⟧ wanted \(Self.describe(wrong)), got \(Self.describe(match.fields))")
    }

    @Test func theTableHasAtLeast300CasesAcrossEveryClass() throws {
        let cases = try Self.read(Self.fixture)
        #expect(cases.count >= 300)
        let counts = Dictionary(grouping: cases, by: \.kind).mapValues(\.count)
        for kind in Self.classes {
            #expect(counts[kind, default: 0] >= 10, "class \(kind) has \(counts[kind, default: 0]) cases")
        }
        #expect(Set(counts.keys).subtracting(Self.classes).isEmpty, "unknown classes: \(counts.keys.sorted())")
    }

    // MARK: reading the table

    struct TableError: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ url: URL) throws -> [Case] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var cases: [Case] = []
        for (offset, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let columns = line.components(separatedBy: " | ")
            guard columns.count == 4 else {
                throw TableError(description: "\(url.lastPathComponent):\(offset + 1): expected 4 columns, found \(columns.count)")
            }
            let fields = columns[3] == "none" ? nil : try Self.fields(columns[3], line: offset + 1)
            cases.append(Case(line: offset + 1, kind: columns[0], sentence: columns[1], text: columns[2], fields: fields))
        }
        return cases
    }

    /// "type=proportion; value=0.6667; referent=the seats".
    private static func fields(_ text: String, line: Int) throws -> [String: FieldValue] {
        var fields: [String: FieldValue] = [:]
        for pair in text.components(separatedBy: "; ") {
            guard let equals = pair.firstIndex(of: "=") else {
                throw TableError(description: "quantities.txt:\(line): '\(pair)' is not key=value")
            }
            let key = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            switch value {
            case "null": fields[key] = .null
            case "true": fields[key] = .bool(true)
            case "false": fields[key] = .bool(false)
            default: fields[key] = Double(value).map(FieldValue.number) ?? .string(value)
            }
        }
        return fields
    }

    private static func range(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).lazy
            .first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
            .map { $0..<($0 + needle.count) }
    }

    private static func describe(_ fields: [String: FieldValue]) -> String {
        fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }
}
