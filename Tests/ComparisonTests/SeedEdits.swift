import AssayCore
import Comparison
import Foundation
import ReviewStore
import TestSupport

/// Edited versions of the seeds, built in code: each edit replaces one exact passage, and a
/// passage that is not in the text fails the test instead of leaving the text unchanged.
enum SeedEdits {
    struct MissingPassage: Error, CustomStringConvertible {
        var passage: String
        var description: String { "passage not in the seed: \(passage)" }
    }

    static let seed000 = Repository.seedNames[0]
    static let seed004 = Repository.seedNames[1]

    static func text(_ seed: String) throws -> String {
        try String(contentsOf: Repository.seed(seed), encoding: .utf8)
    }

    /// `text` with each `(old, new)` passage replaced once.
    static func edit(_ text: String, _ replacements: [(String, String)]) throws -> String {
        var text = text
        for (old, new) in replacements {
            guard let range = text.range(of: old) else { throw MissingPassage(passage: old) }
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// `text` with the passages `first` and `second` (in that order, not overlapping) swapped.
    static func swap(_ text: String, _ first: String, _ second: String) throws -> String {
        guard let a = text.range(of: first) else { throw MissingPassage(passage: first) }
        guard let b = text.range(of: second), a.upperBound <= b.lowerBound else { throw MissingPassage(passage: second) }
        return String(text[..<a.lowerBound]) + second + String(text[a.upperBound..<b.lowerBound]) + first + String(text[b.upperBound...])
    }

    static func document(_ text: String, source: String = "article.txt") throws -> ReviewedDocument {
        ReviewedDocument(unreviewed: try ShippedRules.document(text: text, source: source))
    }

    static func diff(_ old: String, _ new: String) throws -> DocumentDiff {
        DocumentDiff(old: try document(old, source: "old.txt"), new: try document(new, source: "new.txt"))
    }

    /// The entries that are not unchanged.
    static func changed(_ diff: DocumentDiff) -> [DiffEntry] {
        diff.entries.filter { $0.status != .unchanged }
    }
}
