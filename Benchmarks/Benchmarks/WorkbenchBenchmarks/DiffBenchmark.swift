import AssayCore
import Benchmark
import BenchmarkCorpus
import Comparison
import Extraction
import Foundation
import ReviewStore
import RulesEngine

// `DocumentDiff` of two versions of one long document — BBC articles joined end to end — at
// three sizes, so that its growth shows: the alignment, the word diffs and the callouts; not
// the extraction of the two versions, which setup does once per process.

/// Two versions of a document of about `assertions` assertions: the new one with 2% of the
/// assertions reworded (a word inserted), 1% removed, 1% added and two blocks of ten paragraphs
/// swapped. Both extracted and flagged by the shipped packs.
struct DiffFixture: Sendable {
    let old: ReviewedDocument
    let new: ReviewedDocument

    static let sizes = [2_500, 10_000, 40_000]
    // One static per size: each is built on first use only, so a filtered run builds only its own.
    private static let small = Result { () throws(FixtureError) in try DiffFixture(assertions: 2_500) }
    private static let medium = Result { () throws(FixtureError) in try DiffFixture(assertions: 10_000) }
    private static let large = Result { () throws(FixtureError) in try DiffFixture(assertions: 40_000) }

    static func shared(_ size: Int) throws(FixtureError) -> DiffFixture {
        switch size {
        case 2_500: try small.get()
        case 10_000: try medium.get()
        case 40_000: try large.get()
        default: throw FixtureError("no diff fixture of \(size) assertions")
        }
    }

    private init(assertions target: Int) throws(FixtureError) {
        let documents = try IngestFixture.shared.get().documents
        guard !documents.isEmpty else { throw FixtureError("diff fixture: the corpus is empty") }
        var joined: [String] = []
        var count = 0
        // The corpus has fewer assertions than the largest size: articles are used again,
        // which only makes repeated sentences (ids with an occurrence number).
        while count < target {
            let document = documents[joined.count % documents.count]  // not empty: checked above
            joined.append(document.text)
            count += document.assertions.count
        }
        let engine: RuleEngine
        do { engine = try IngestFixture.engine() } catch { throw FixtureError("diff fixture: \(error)") }
        let extractor = Extractor()
        let oldDocument = engine.apply(to: extractor.extract(text: joined.joined(separator: "\n\n"), source: "old.txt", format: .text)).document
        let newText = DiffFixture.swapBlocks(DiffFixture.edit(oldDocument))
        let newDocument = engine.apply(to: extractor.extract(text: newText, source: "new.txt", format: .text)).document
        old = ReviewedDocument(unreviewed: oldDocument)
        new = ReviewedDocument(unreviewed: newDocument)
    }

    /// The old text with every 50th assertion reworded, every 100th (offset 33) removed and a
    /// sentence added after every 100th (offset 83).
    private static func edit(_ document: Document) -> String {
        let scalars = Array(document.text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var cursor = 0
        for (index, assertion) in document.assertions.enumerated() where assertion.start >= cursor && assertion.end <= scalars.count {
            out.append(contentsOf: scalars[cursor..<assertion.start])
            switch index % 100 {
            case 17, 67:
                let words = assertion.text.split(separator: " ", maxSplits: 1)
                out.append(contentsOf: (words.count == 2 ? "\(words[0]) reportedly \(words[1])" : assertion.text + " reportedly").unicodeScalars)
            case 33:
                break
            case 83:
                out.append(contentsOf: (assertion.text + " Officials said \(index) further cases were recorded.").unicodeScalars)
            default:
                out.append(contentsOf: assertion.text.unicodeScalars)
            }
            cursor = assertion.end
        }
        out.append(contentsOf: scalars[min(cursor, scalars.count)...])
        return String(out)
    }

    /// Paragraphs 20–29% of the way in swapped with those 70–79% of the way in (ten each).
    private static func swapBlocks(_ text: String) -> String {
        var paragraphs = text.components(separatedBy: "\n\n")
        let first = paragraphs.count / 5, second = paragraphs.count * 7 / 10
        guard second + 10 <= paragraphs.count, first + 10 <= second else { return text }
        for offset in 0..<10 { paragraphs.swapAt(first + offset, second + offset) }
        return paragraphs.joined(separator: "\n\n")
    }
}

/// Registers "diff of two versions of a N-assertion document" for each size.
func registerDiffBenchmarks() {
    for size in DiffFixture.sizes {
        Benchmark("diff of two versions of a \(size)-assertion document", configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
            warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20
        ), closure: { _ in
            let fixture = try DiffFixture.shared(size)
            blackHole(DocumentDiff(old: fixture.old, new: fixture.new))
        }, setup: {
            let fixture = try DiffFixture.shared(size)
            let diff = DocumentDiff(old: fixture.old, new: fixture.new)
            let summary = diff.summary
            FileHandle.standardError.write(Data("""
                diff \(size): \(fixture.old.claims.count) → \(fixture.new.claims.count) assertions; \(summary.modified) modified, \
                \(summary.added) added, \(summary.removed) removed, \(summary.moved) moved, \(summary.unchanged) unchanged

                """.utf8))
        })
    }
}
