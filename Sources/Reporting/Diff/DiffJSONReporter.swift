import Alignment
import AssayCore
import Comparison
import Foundation

/// The diff as JSON: `{"schemaVersion", "tool", "old", "new", "summary", "entries",
/// "orphaned"}`. Each side carries its whole normalised `text`; every span is `[start, end)` in
/// Unicode scalar offsets into the text of its side (old claims and deletions: the old text;
/// new claims and insertions: the new text). Every entry is listed, unchanged ones included.
/// Schema: docs/diff-json.md.
public struct DiffJSONReporter: DiffReporter {
    public static let schemaVersion = 1

    public init() {}

    public func render(_ diff: DocumentDiff) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Output(diff)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Output: Encodable {
        var schemaVersion = DiffJSONReporter.schemaVersion
        var tool = ["name": AssayVersion.name, "version": AssayVersion.current]
        var old: Side
        var new: Side
        var summary: Summary
        var entries: [Entry]
        var orphaned: [Orphan]

        init(_ diff: DocumentDiff) {
            old = Side(diff.old)
            new = Side(diff.new)
            summary = Summary(diff.summary)
            entries = diff.entries.map(Entry.init)
            orphaned = diff.orphaned.compactMap { entry in
                guard let claim = entry.old, let verdict = entry.verdict else { return nil }
                return Orphan(claim: Claim(claim), verdict: verdict)
            }
        }
    }

    private struct Side: Encodable {
        var label: String
        var name: String
        /// Nil for a file.
        var version: Int?
        var source: String
        var title: String?
        var contentHash: String
        var text: String

        init(_ document: ReviewedDocument) {
            label = DiffWording.label(document)
            name = document.header.name
            version = document.header.version
            source = document.header.source
            title = document.header.title
            contentHash = document.header.contentHash
            text = document.text
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(label, forKey: .label)
            try container.encode(name, forKey: .name)
            try container.encode(version, forKey: .version)
            try container.encode(source, forKey: .source)
            try container.encode(title, forKey: .title)
            try container.encode(contentHash, forKey: .contentHash)
            try container.encode(text, forKey: .text)
        }

        enum CodingKeys: String, CodingKey { case label, name, version, source, title, contentHash, text }
    }

    private struct Summary: Encodable {
        var unchanged, modified, added, removed, moved: Int
        var callouts: [String: Int]
        var verdicts: [String: Int]

        init(_ summary: DiffSummary) {
            unchanged = summary.unchanged
            modified = summary.modified
            added = summary.added
            removed = summary.removed
            moved = summary.moved
            callouts = summary.callouts
            verdicts = ["kept": summary.verdictsKept, "needs-review": summary.verdictsNeedingReview,
                        "orphaned": summary.verdictsOrphaned]
        }
    }

    private struct Claim: Encodable {
        var id: String
        var start: Int
        var end: Int
        var text: String
        var kind: AssertionKind
        var paragraph: Int
        var checkworthiness: Double

        init(_ claim: ReviewedAssertion) {
            id = claim.id
            start = claim.start
            end = claim.end
            text = claim.text
            kind = claim.kind
            paragraph = claim.paragraph
            checkworthiness = claim.checkworthiness
        }
    }

    private struct Entry: Encodable {
        var status: AlignmentStatus
        var old: Claim?
        var new: Claim?
        var similarity: Double?
        var changes: [WordDiff.Change]
        var callouts: [ChangeCallout]
        var verdict: VerdictEntry?
        var carry: VerdictCarry?
        var newVerdict: VerdictEntry?

        init(_ entry: DiffEntry) {
            status = entry.status
            old = entry.old.map(Claim.init)
            new = entry.new.map(Claim.init)
            similarity = entry.similarity.map { ($0 * 1000).rounded() / 1000 }
            changes = entry.changes
            callouts = entry.callouts
            verdict = entry.verdict
            carry = entry.carry
            newVerdict = entry.newVerdict
        }

        /// Absent values are written as null, so every entry has every key.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
            try container.encode(similarity, forKey: .similarity)
            try container.encode(changes, forKey: .changes)
            try container.encode(callouts, forKey: .callouts)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(carry, forKey: .carry)
            try container.encode(newVerdict, forKey: .newVerdict)
        }

        enum CodingKeys: String, CodingKey { case status, old, new, similarity, changes, callouts, verdict, carry, newVerdict }
    }

    private struct Orphan: Encodable {
        var claim: Claim
        var verdict: VerdictEntry
    }
}
