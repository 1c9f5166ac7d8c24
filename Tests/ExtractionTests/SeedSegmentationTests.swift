import AssayCore
import Foundation
import Testing
import TestSupport

/// The seeds' expected paragraphs, sentences and assertions live in `Fixtures/seeds/` as
/// outlines a person can read and review. Regenerate them after a deliberate change with
/// `ASSAY_UPDATE_FIXTURES=1 swift test --filter SeedSegmentation`, then read the diff.
@Suite("Seed segmentation")
struct SeedSegmentationTests {
    @Test("both seeds segment exactly as the reviewed fixtures say", arguments: Repository.seedNames)
    func matchesFixture(name: String) throws {
        let outline = Self.outline(try seedDocument(name))
        let fixture = Repository.url("Tests/ExtractionTests/Fixtures/seeds/\(name).segmentation.txt")
        if ProcessInfo.processInfo.environment["ASSAY_UPDATE_FIXTURES"] == "1" {
            try Data(outline.utf8).write(to: fixture)
        }
        let expected = try String(contentsOf: fixture, encoding: .utf8)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = outline.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, (want, got)) in zip(expectedLines, actualLines).enumerated() where want != got {
            Issue.record("line \(offset + 1) differs:\n  expected: \(want)\n  actual:   \(got)")
            break
        }
        #expect(expectedLines.count == actualLines.count)
    }

    /// `¶` lines name each paragraph and its role, `S` lines its sentences and, when a sentence
    /// makes more than one assertion, `A` lines the assertions.
    static func outline(_ document: Document) -> String {
        var lines = ["# \(URL(fileURLWithPath: document.source).lastPathComponent) — title: \(document.metadata.title ?? "(none)")"]
        lines += document.boilerplate.map { "# boilerplate, line \($0.line ?? 0): \($0.text)" }
        for paragraph in document.paragraphs {
            lines.append("¶\(paragraph.index) \(paragraph.role.rawValue)")
            for sentence in document.sentences where sentence.paragraph == paragraph.index {
                lines.append("S \(sentence.text)")
                let assertions = document.assertions.filter { $0.sentence == sentence.index }
                if assertions.count > 1 { lines += assertions.map { "  A \($0.text)" } }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
