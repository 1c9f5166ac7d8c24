import Foundation
import Testing
import TestSupport

/// Seeded inputs stitched from the fuzz dictionary's tokens (markup, entities, quotes, list
/// markers, figures) and words, checked as the `segment` fuzz target checks its inputs: a
/// cheap, deterministic taste of what `Fuzz/run.sh` explores, run with every `swift test`.
@Suite("Fuzz dictionary inputs")
struct FuzzDictionaryTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["ASSAY_SOUP_ITERATIONS"] ?? "") ?? 400

    @Test("inputs made of the fuzz dictionary's tokens keep every invariant of the segment target")
    func dictionarySoup() throws {
        let words = ["The", "economy", "grew", "by", "30.", "1. ", "2) ", "- ", "• ", "\n", "\n\n", " ", "    ", "> "]
        let tokens: [[UInt8]] = try Self.dictionary() + words.map { Array($0.utf8) }
        var state: UInt64 = 0x5EED
        func below(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var failures: [String] = []
        for _ in 0..<Self.iterations {
            var bytes: [UInt8] = [UInt8(below(3))]
            for _ in 0..<(1 + below(40)) { bytes += tokens[below(tokens.count)] }
            let violations = FuzzChecks.check(.segment, bytes)
            if !violations.isEmpty { failures.append("\(violations) for \(String(decoding: bytes, as: UTF8.self).debugDescription)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5).joined(separator: "\n"))")
    }

    /// The quoted tokens of Fuzz/dictionaries/documents.dict, `\xNN` escapes decoded.
    private static func dictionary() throws -> [[UInt8]] {
        let text = try String(contentsOf: Repository.url("Fuzz/dictionaries/documents.dict"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> [UInt8]? in
            guard line.hasPrefix("\""), line.hasSuffix("\""), line.count >= 2 else { return nil }
            let body = Array(line.dropFirst().dropLast().utf8)
            var bytes: [UInt8] = [], index = 0
            while index < body.count {
                if body[index] == UInt8(ascii: "\\"), index + 3 < body.count, body[index + 1] == UInt8(ascii: "x"),
                   let value = UInt8(String(decoding: body[(index + 2)...(index + 3)], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                    index += 4
                } else if body[index] == UInt8(ascii: "\\"), index + 1 < body.count {
                    bytes.append(body[index + 1])
                    index += 2
                } else {
                    bytes.append(body[index])
                    index += 1
                }
            }
            return bytes
        }
    }
}
