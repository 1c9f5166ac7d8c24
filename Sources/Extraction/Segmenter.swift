import AssayCore
import AssayText

/// The front end of extraction alone: decoding, conversion, layout, sentence segmentation and,
/// when asked, assertion splitting — no classification, assertion ids or rules. Its spans are
/// the ones `Extractor` gives for the same input; `assay segment` prints them and benchmarks
/// time them.
public struct Segmenter: Sendable {
    /// Whether sentences are also split into assertions.
    public var splitsAssertions: Bool

    public init(splitsAssertions: Bool = false) {
        self.splitsAssertions = splitsAssertions
    }

    /// Reads and segments one input; `format` nil means declared by its name or sniffed.
    public func segment(_ item: InputItem, format: DocumentFormat? = nil,
                        encoding: LegacyEncoding? = nil) throws(InputError) -> SegmentedDocument {
        let (text, format) = try Extractor.read(item, format: format, encoding: encoding)
        return segment(text: text, source: item.source, format: format)
    }

    /// Segments already decoded text (line endings LF).
    public func segment(text: String, source: String, format: DocumentFormat) -> SegmentedDocument {
        let layout = DocumentAssembler.assemble(Extractor.convert(text, format: format).blocks)
        let bytes = layout.bytes
        // Both kinds of span come in text order, so one forward cursor each converts them.
        var sentenceOffsets = ScalarOffsetCursor(bytes), assertionOffsets = ScalarOffsetCursor(bytes)
        var sentences: [Span] = [], assertions: [Span] = []
        for paragraph in layout.paragraphs {
            let body = ListItemBody.range(of: paragraph.range, role: paragraph.role, in: bytes)
            for sentence in SentenceSegmenter.sentences(in: bytes, paragraph: body, role: paragraph.role) {
                sentences.append(sentenceOffsets.span(ofBytes: sentence))
                guard splitsAssertions else { continue }
                let tokens = Tokenizer.tokens(in: bytes, range: sentence)
                for assertion in AssertionSplitter.assertions(in: bytes, sentence: sentence, tokens: tokens) {
                    assertions.append(assertionOffsets.span(ofBytes: assertion))
                }
            }
        }
        return SegmentedDocument(source: source, format: format, text: String(decoding: bytes, as: UTF8.self),
                                 sentences: sentences, assertions: splitsAssertions ? assertions : nil)
    }
}
