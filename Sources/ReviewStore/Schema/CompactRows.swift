import Foundation
import GRDB

/// How schema version 9 (`v9-compact-rows`) stores an assertion's and a finding's texts that
/// repeat from row to row, and how they are read back. What a row means is unchanged: every
/// read and `assay export` give back the very strings that were stored before.
///
/// - rule, category, severity, kind, origin: the id of a `phrases` row (`Phrases`).
/// - an assertion's reasons: its lines' phrase ids, separated by spaces ("" for no reasons).
/// - a finding's assertion: the assertion's position in the version, when the version has it;
///   else its id.
/// - an assertion's check-worthiness: in thousandths, an integer, when that is the same double
///   (scores are rounded to three places); else the number itself.
/// - a finding's fields, a JSON object written with its keys in order: the keys (as JSON, comma
///   separated) are a phrase, `shape`; `fields` holds the values as a JSON array. A `fields`
///   object that does not come back byte for byte this way is stored as it is, `shape` NULL.
/// - a finding's message: the id of a phrase that is the message with the finding's text and its
///   fields' string and number values cut out (`\u{1}n\u{2}`: 0 the text, n the n-th field), so
///   one rule's messages share a handful of templates; a message that does not come back byte
///   for byte this way is stored as text.
///
/// This encoding is part of the schema: changing it takes a new migration.
enum CompactRows {
    /// A finding's message and fields as stored.
    struct Finding: Sendable {
        /// A template (store its phrase id) or, when `isTemplate` is false, the message itself.
        var message: String
        var isTemplate: Bool
        var fields: String
        var shape: String?
    }

    private static let open: UInt8 = 1, close: UInt8 = 2

    /// UTF-8 read in place: a message, a text, a value's JSON.
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// A finding's message and fields as stored, from its fields' JSON (a row being upgraded or
    /// imported). Ingest, which has the values, stores them without writing JSON to split
    /// (`finding(message:text:fieldValues:)`).
    static func finding(message: String, text: String, fields: String) -> Finding {
        let json = Array(fields.utf8)
        guard let members = members(json) else {
            return Finding(message: message, isTemplate: false, fields: fields, shape: nil)
        }
        var shape: [UInt8] = [], stored: [UInt8] = [UInt8(ascii: "[")]
        for (index, member) in members.enumerated() {
            if index > 0 {
                shape.append(UInt8(ascii: ","))
                stored.append(UInt8(ascii: ","))
            }
            shape += json[member.key]
            stored += json[member.value]
        }
        stored.append(UInt8(ascii: "]"))
        let compact = json.withUnsafeBufferPointer { json in
            storedMessage(message, text: text, values: members.map { Bytes(rebasing: json[$0.value]) })
        }
        return Finding(message: compact.message, isTemplate: compact.isTemplate,
                       fields: String(decoding: stored, as: UTF8.self), shape: String(decoding: shape, as: UTF8.self))
    }

    /// A finding's fields as the JSON object it was given as.
    static func fields(stored: String, shape: String?) -> String {
        guard let shape else { return stored }
        guard let keys = elements("[" + shape + "]"), let values = elements(stored), keys.count == values.count else { return stored }
        return "{" + zip(keys, values).map { $0 + ":" + $1 }.joined(separator: ",") + "}"
    }

    /// A finding's message from its template, its text and its stored fields.
    static func message(template: String, text: String, fields stored: String) -> String {
        let json = Array(stored.utf8), elements = elementRanges(json) ?? []
        var utf8 = template, text = text
        let message = json.withUnsafeBufferPointer { json in
            utf8.withUTF8 { template in
                text.withUTF8 { text -> String? in
                    var out: [UInt8] = []
                    out.reserveCapacity(template.count + text.count)
                    let values = elements.map { Bytes(rebasing: json[$0]) }
                    guard expand(template, text: text, values: values, { out.append(contentsOf: $0) }) else { return nil }
                    return String(decoding: out, as: UTF8.self)
                }
            }
        }
        return message ?? template
    }

    /// A check-worthiness score as stored.
    static func storedScore(_ score: Double) -> DatabaseValue {
        let thousandths = (score * 1000).rounded()
        guard abs(thousandths) < 1e15, Double(Int64(thousandths)) / 1000 == score else { return score.databaseValue }
        return Int64(thousandths).databaseValue
    }

    /// A check-worthiness score from what is stored.
    static func score(_ stored: DatabaseValue) -> Double {
        switch stored.storage {
        case .int64(let thousandths): Double(thousandths) / 1000
        case .double(let score): score
        default: 0
        }
    }

    /// The phrases of a reasons text: its lines.
    static func reasonLines(_ reasons: String) -> [String] {
        reasons.isEmpty ? [] : reasons.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: - Templates

    /// A finding's message as stored: its template when one reads back as the message, else the
    /// message itself. `values`: the JSON of its fields' values, in order.
    static func storedMessage(_ message: String, text: String, values: [Bytes]) -> (message: String, isTemplate: Bool) {
        var utf8 = message, text = text
        let template = utf8.withUTF8 { message in
            text.withUTF8 { text in
                // A text longer than the message (an attribution's whole sentence) cannot be in it.
                self.template(message, text: text.count <= message.count ? text : Bytes(start: nil, count: 0), values: values)
            }
        }
        return template.map { ($0, true) } ?? (message, false)
    }

    /// A text (0) or a value (n, the n-th field) to cut out of a message, and where it was cut:
    /// `start` is -1 while it is not.
    private struct Cut {
        var index: Int
        var bytes: Bytes
        var start = -1
    }

    /// `message` with the first occurrence of `text` and of each value cut out, longest first;
    /// nil when nothing is cut out or that would not give the message back.
    private static func template(_ message: Bytes, text: Bytes, values: [Bytes]) -> String? {
        guard !hasMarks(message) else { return nil }
        return withUnsafeTemporaryAllocation(of: Cut.self, capacity: values.count + 1) { space -> String? in
            var count = 0
            func consider(_ index: Int, _ bytes: Bytes) {
                guard !bytes.isEmpty, !hasMarks(bytes) else { return }
                space.initializeElement(at: count, to: Cut(index: index, bytes: bytes))
                count += 1
            }
            consider(0, text)
            for (offset, value) in values.enumerated() {
                if let inner = substitutable(value) { consider(offset + 1, inner) }
            }
            var cuts = UnsafeMutableBufferPointer(rebasing: space[..<count])
            cuts.sort { $0.bytes.count != $1.bytes.count ? $0.bytes.count > $1.bytes.count : $0.index < $1.index }
            // Each cut where its bytes first occur clear of the cuts made before it: where they
            // would first occur outside a placeholder, had those been replaced already.
            var length = message.count, cutAny = false
            for current in cuts.indices {
                guard let at = firstOccurrence(of: cuts[current].bytes, in: message, clearOf: cuts[..<current]) else { continue }
                cuts[current].start = at
                length += placeholderLength(cuts[current].index) - cuts[current].bytes.count
                cutAny = true
            }
            guard cutAny else { return nil }
            cuts.sort { $0.start < $1.start }
            let template = String(unsafeUninitializedCapacity: length) { out in
                var written = 0, copied = 0
                func put(_ bytes: Bytes) {
                    _ = UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(fromContentsOf: bytes)
                    written += bytes.count
                }
                for cut in cuts where cut.start >= 0 {
                    put(Bytes(rebasing: message[copied..<cut.start]))
                    written = placeholder(cut.index, into: out, at: written)
                    copied = cut.start + cut.bytes.count
                }
                put(Bytes(rebasing: message[copied...]))
                return written
            }
            var utf8 = template
            return utf8.withUTF8 { reads($0, as: message, text: text, values: values) } ? template : nil
        }
    }

    /// Where `needle` first occurs in `message` overlapping none of the cuts made.
    private static func firstOccurrence(of needle: Bytes, in message: Bytes, clearOf cuts: Slice<UnsafeMutableBufferPointer<Cut>>) -> Int? {
        guard let head = needle.first, needle.count <= message.count, let base = message.baseAddress,
              let needleBase = needle.baseAddress else { return nil }
        let last = message.count - needle.count
        var from = 0
        while from <= last, let found = memchr(base + from, Int32(head), last - from + 1) {
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + start, needleBase, needle.count) == 0,
               !cuts.contains(where: { $0.start >= 0 && $0.start < start + needle.count && start < $0.start + $0.bytes.count }) {
                return start
            }
            from = start + 1
        }
        return nil
    }

    /// Whether `bytes` hold a placeholder's marks (`\u{1}`, `\u{2}`).
    private static func hasMarks(_ bytes: Bytes) -> Bool {
        bytes.contains { $0 &- open <= close - open }
    }

    /// The length of `\u{1}n\u{2}`.
    private static func placeholderLength(_ index: Int) -> Int {
        var digits = 1, rest = index
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits + 2
    }

    /// Writes `\u{1}n\u{2}` into `out` at `at`; returns where it ends.
    private static func placeholder(_ index: Int, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        let end = at + placeholderLength(index)
        out[at] = open
        out[end - 1] = close
        var rest = index, digit = end - 2
        repeat {
            out[digit] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            digit -= 1
        } while rest > 0
        return end
    }

    /// What a value reads as in a message: a string's text (without escapes), a number as written.
    private static func substitutable(_ value: Bytes) -> Bytes? {
        guard let first = value.first else { return nil }
        if first == UInt8(ascii: "\"") {
            guard value.count >= 2, !value.contains(UInt8(ascii: "\\")) else { return nil }
            return Bytes(rebasing: value[1..<(value.count - 1)])
        }
        if first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return value }
        return nil
    }

    /// Whether `template` reads as `message`.
    private static func reads(_ template: Bytes, as message: Bytes, text: Bytes, values: [Bytes]) -> Bool {
        var matched = 0, same = true
        let valid = expand(template, text: text, values: values) { piece in
            guard same, matched + piece.count <= message.count,
                  message[matched..<(matched + piece.count)].elementsEqual(piece) else {
                same = false
                return
            }
            matched += piece.count
        }
        return valid && same && matched == message.count
    }

    /// Gives `piece` each part of the message `template` reads as, in order: its literal runs and
    /// what its placeholders stand for; false when a placeholder is not one (unclosed, or naming
    /// a value that is not there or reads as nothing).
    private static func expand(_ template: Bytes, text: Bytes, values: [Bytes], _ piece: (Bytes) -> Void) -> Bool {
        var index = 0, literal = 0
        while index < template.count {
            guard template[index] == open else {
                index += 1
                continue
            }
            piece(Bytes(rebasing: template[literal..<index]))
            var number = 0, cursor = index + 1
            while cursor < template.count, template[cursor] != close {
                let digit = Int(template[cursor]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit), number < 1_000 else { return false }
                number = number * 10 + digit
                cursor += 1
            }
            guard cursor < template.count else { return false }
            if number == 0 {
                piece(text)
            } else {
                guard number <= values.count, let value = substitutable(values[number - 1]) else { return false }
                piece(value)
            }
            index = cursor + 1
            literal = index
        }
        piece(Bytes(rebasing: template[literal...]))
        return true
    }

    // MARK: - JSON members

    /// Where the keys (quoted) and values of a JSON object's members are, or nil when it is not
    /// an object written as `{"key":value,…}`, without spaces between its members: exactly the
    /// text the keys and values rebuild.
    private static func members(_ json: [UInt8]) -> [(key: Range<Int>, value: Range<Int>)]? {
        guard json.count >= 2, json.first == UInt8(ascii: "{"), json.last == UInt8(ascii: "}") else { return nil }
        var members: [(key: Range<Int>, value: Range<Int>)] = []
        guard json.count > 2 else { return members }
        let last = json.count - 1
        var index = 1
        while true {
            guard json[index] == UInt8(ascii: "\""), let keyEnd = stringEnd(json, from: index), keyEnd + 2 < last,
                  json[keyEnd + 1] == UInt8(ascii: ":") else { return nil }
            let valueStart = keyEnd + 2
            guard let cursor = valueEnd(json, from: valueStart, before: last), cursor > valueStart else { return nil }
            members.append((index..<(keyEnd + 1), valueStart..<cursor))
            if cursor == last { return members }
            index = cursor + 1
            guard index < last else { return nil }
        }
    }

    /// The top-level elements of a JSON array, as written; nil when the text is not one.
    static func elements(_ json: String) -> [String]? {
        let bytes = Array(json.utf8)
        return elementRanges(bytes)?.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Where the top-level elements of a JSON array are; nil when the text is not one.
    private static func elementRanges(_ bytes: [UInt8]) -> [Range<Int>]? {
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        if bytes.count == 2 { return [] }
        var elements: [Range<Int>] = [], start = 1
        while true {
            guard let end = valueEnd(bytes, from: start, before: bytes.count - 1), end > start else { return nil }
            elements.append(start..<end)
            if end == bytes.count - 1 { return elements }
            start = end + 1
        }
    }

    /// Where the JSON value starting at `start` ends: the index of the comma after it at the top
    /// level, or `limit` (the closing bracket of the object or array it is in); nil when a string
    /// or a bracket is left open.
    private static func valueEnd(_ bytes: [UInt8], from start: Int, before limit: Int) -> Int? {
        var cursor = start, depth = 0
        while cursor < limit {
            switch bytes[cursor] {
            case UInt8(ascii: "\""):
                guard let end = stringEnd(bytes, from: cursor), end < limit else { return nil }
                cursor = end
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth < 0 { return nil }
            case UInt8(ascii: ",") where depth == 0:
                return cursor
            default:
                break
            }
            cursor += 1
        }
        return depth == 0 ? limit : nil
    }

    /// The index of the quote that closes the string opening at `start`.
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index
            default: index += 1
            }
        }
        return nil
    }
}
