import AssayCore
import Extraction
import Testing
import TestSupport

/// `Segmenter` runs the front of `Extractor` alone; its spans must be exactly the extractor's,
/// so that what `assay segment` prints and benchmarks time is what `assay analyze` works on.
@Suite("Segmenter")
struct SegmenterTests {
    /// Plain text, Markdown with a code block (not segmented) and HTML, each with multibyte text
    /// before the spans so that byte offsets cannot pass for scalar offsets.
    static let samples: [(String, DocumentFormat)] = [
        ("Café “Über” news\n\nThe café’s owner, Mrs. Dubois, paid €3.5 million. Police arrested 40 people, and the court released them.", .text),
        ("# Résumé\n\nPrices rose 3.5% in the U.S. on Monday. “Why?” she asked.\n\n```\nlet x = 1. Two.\n```\n\nIt closed; all three are expected to go on trial.", .markdown),
        ("<html><body><h1>Zoë’s report</h1><p>Dr. Smith arrived at 3 p.m. on Jan. 5. He left, and they stayed.</p></body></html>", .html),
    ]

    @Test("sentence and assertion spans equal the extractor's, on the seeds and on samples of each format")
    func sameSpansAsExtractor() throws {
        let segmenter = Segmenter(splitsAssertions: true)
        var pairs: [(SegmentedDocument, Document)] = Self.samples.map { text, format in
            (segmenter.segment(text: text, source: "sample", format: format),
             Extractor().extract(text: text, source: "sample", format: format))
        }
        for name in Repository.seedNames {
            pairs.append((try segmenter.segment(.file(path: Repository.seed(name).path)), try seedDocument(name)))
        }
        for (segmented, document) in pairs {
            #expect(segmented.format == document.format)
            #expect(segmented.text == document.text)
            #expect(segmented.sentences == document.sentences.map { $0.span }, "\(document.source)")
            #expect(segmented.assertions == document.assertions.map { $0.span }, "\(document.source)")
            #expect(!segmented.sentences.isEmpty)
        }
    }

    @Test("assertions are left out unless asked for")
    func assertionsOnlyWhenAsked() {
        let segmented = Segmenter().segment(text: Self.samples[0].0, source: "-", format: .text)
        #expect(segmented.assertions == nil)
        #expect(segmented.sentences.count == 3)
    }
}
