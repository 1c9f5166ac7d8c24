import AssayCore
import Extraction
import Foundation
import RulesEngine

/// What each fuzz target (Fuzz/) checks of one input, shared with the tests that replay the
/// inputs the fuzzer once crashed on (`FuzzCrasherTests`). Each check returns the broken
/// invariants, one line each; a crash or trap inside the libraries is a finding by itself.
public enum FuzzChecks {
    public enum Target: String, CaseIterable, Sendable {
        case decode, segment, rulepack, analyze
    }

    public static func check(_ target: Target, _ bytes: [UInt8]) -> [String] {
        switch target {
        case .decode: decode(bytes)
        case .segment: segment(bytes)
        case .rulepack: rulePack(bytes)
        case .analyze: analyze(bytes)
        }
    }

    /// libFuzzer's entry point for `target`: stops the run, naming the broken invariants, so
    /// that libFuzzer keeps the input.
    public static func fuzz(_ target: Target, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let violations = check(target, bytes)
        if !violations.isEmpty { fatalError("fuzz \(target.rawValue): " + violations.joined(separator: "; ")) }
        return 0
    }

    /// Decoding and conversion: text that decodes is LF-only and NFC, and each format's
    /// conversion and segmentation of it keep the span contract.
    static func decode(_ bytes: [UInt8]) -> [String] {
        guard let (text, _) = try? Extractor.decode(bytes, source: "fuzz", format: nil) else { return [] }
        var violations: [String] = []
        if text.unicodeScalars.contains("\r") { violations.append("decoded text holds a carriage return") }
        if !text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars) {
            violations.append("decoded text is not NFC")
        }
        for format in DocumentFormat.allCases {
            let segmented = Segmenter().segment(text: text, source: "fuzz", format: format)
            violations += SpanContract.violations(of: segmented).map { "\(format): \($0)" }
        }
        return violations
    }

    /// Segmentation and assertion splitting of any text (the first byte picks the format): the
    /// span contract, the same spans as full extraction gives, and every word of the prose kept.
    static func segment(_ bytes: [UInt8]) -> [String] {
        guard let first = bytes.first else { return [] }
        let format = DocumentFormat.allCases[Int(first) % DocumentFormat.allCases.count]
        // Segmentation takes decoded text, whose line endings are LF.
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self).replacingOccurrences(of: "\r", with: "\n")
        let segmented = Segmenter(splitsAssertions: true).segment(text: text, source: "fuzz", format: format)
        var violations = SpanContract.violations(of: segmented)
        let document = Extractor().extract(text: text, source: "fuzz", format: format)
        if segmented.text != document.text { violations.append("segment and extract normalise the text differently") }
        if segmented.sentences != document.sentences.map(\.span) { violations.append("segment and extract find different sentences") }
        if segmented.assertions != document.assertions.map(\.span) { violations.append("segment and extract find different assertions") }
        return violations + FidelityCheck.violations(of: document, input: text, format: format)
    }

    /// Rule-pack loading: a pack loads or is refused with an error naming the file; a pack that
    /// loads runs over a sample document keeping the span contract.
    static func rulePack(_ bytes: [UInt8]) -> [String] {
        let file: PackFile
        do {
            file = try RulePackLoader.load(yaml: String(decoding: bytes, as: UTF8.self), file: "fuzz.yml")
        } catch {
            return error.file == "fuzz.yml" && !error.message.isEmpty ? [] : ["refusal does not name the file and the problem: \(error)"]
        }
        guard let rules = try? RuleSet([file]) else { return [] }
        let flagged = RuleEngine(rules: rules).apply(to: sample).document
        return SpanContract.violations(of: flagged)
    }

    /// The whole `analyze` pipeline with the shipped rules: the span contract on the flagged
    /// document, and every word of the input's prose kept.
    static func analyze(_ bytes: [UInt8]) -> [String] {
        guard let (text, format) = try? Extractor.decode(bytes, source: "fuzz", format: nil) else { return [] }
        let document = Extractor().extract(text: text, source: "fuzz", format: format)
        guard let engine = try? ShippedRules.engine.get() else { return ["the shipped rules do not load"] }
        return SpanContract.violations(of: engine.apply(to: document).document)
            + FidelityCheck.violations(of: document, input: text, format: format)
    }

    /// A document with something for every kind of rule: figures, attributions, quotes, framing.
    private static let sample = Extractor().extract(text: """
        Officials said 30,000 people were arrested, according to Amnesty International. Critics claim \
        the regime “must be stopped” — nearly 2 million fled, some say up to 40%. We must act now! \
        The ministry did not comment. Café owners in Zürich 😀 reported €5bn in losses in 2023.
        """, source: "sample.txt", format: .text)
}
