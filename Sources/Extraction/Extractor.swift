import AssayCore

/// The extraction stage: bytes → normalised text → paragraphs → sentences → assertions.
///
/// `extract` is a pure function of its input, so documents can be extracted in parallel.
/// Offsets are computed on UTF-8 bytes and converted to Unicode scalar offsets at the end.
public struct Extractor: Sendable {
    /// How assertions get their check-worthiness: the hand-set sum unless a model is given.
    public var scorer: CheckworthinessScorer

    public init(scorer: CheckworthinessScorer = .handSet) {
        self.scorer = scorer
    }

    /// Reads and extracts one input; `encoding` names a legacy encoding to read it in.
    public func extract(_ item: InputItem, format: DocumentFormat? = nil,
                        encoding: LegacyEncoding? = nil) throws(InputError) -> Document {
        let (text, format) = try Self.read(item, format: format, encoding: encoding)
        return extract(text: text, source: item.source, format: format)
    }

    /// Decodes and extracts a document's bytes; `format` nil means sniff it.
    public func extract(bytes: [UInt8], source: String, format: DocumentFormat?,
                        encoding: LegacyEncoding? = nil) throws(InputError) -> Document {
        let (text, format) = try Self.decode(bytes, source: source, format: format, encoding: encoding)
        return extract(text: text, source: source, format: format)
    }

    /// Extracts a document from already decoded text (line endings LF).
    public func extract(text: String, source: String, format: DocumentFormat) -> Document {
        let converted = Self.convert(text, format: format)
        let layout = DocumentAssembler.assemble(converted.blocks)
        var builder = DocumentBuilder(bytes: layout.bytes, scorer: scorer)
        for (index, paragraph) in layout.paragraphs.enumerated() {
            builder.addParagraph(index: index, range: paragraph.range, role: paragraph.role)
        }
        var metadata = converted.metadata
        if metadata.title == nil, let heading = layout.paragraphs.first(where: { $0.role == .title || $0.role == .heading }) {
            metadata.title = String(decoding: layout.bytes[heading.range], as: UTF8.self)
        }
        return Document(source: source, format: format, metadata: metadata,
                        text: String(decoding: layout.bytes, as: UTF8.self), boilerplate: layout.boilerplate,
                        paragraphs: builder.paragraphs, sentences: builder.sentences, assertions: builder.assertions)
    }

    /// An input's decoded text and its format: `format` if given, else the one its name
    /// declares, else the one its content suggests. Shared with `Segmenter`.
    static func read(_ item: InputItem, format: DocumentFormat?,
                     encoding: LegacyEncoding? = nil) throws(InputError) -> (String, DocumentFormat) {
        try decode(try InputReader.read(item), source: item.source, format: format ?? item.declaredFormat, encoding: encoding)
    }

    /// The first stage alone: bytes → normalised text (UTF-8 or UTF-16, LF line endings, NFC)
    /// and the document's format. A PDF's text is got out first (`PDFText`), as plain text.
    public static func decode(_ bytes: [UInt8], source: String, format: DocumentFormat?,
                              encoding: LegacyEncoding? = nil) throws(InputError) -> (String, DocumentFormat) {
        // A PDF may hold only ASCII, which would pass for text: its syntax is no prose.
        if PDFText.isPDF(bytes) {
            return (try TextDecoder.decode(try PDFText.text(of: bytes, source: source), source: source), .text)
        }
        let text = try TextDecoder.decode(bytes, source: source, encoding: encoding)
        return (text, format ?? FormatSniffer.format(of: text))
    }

    static func convert(_ text: String, format: DocumentFormat) -> ConvertedDocument {
        switch format {
        case .text: PlainTextConverter.convert(text)
        case .markdown: MarkdownConverter.convert(text)
        case .html: HTMLConverter.convert(text)
        }
    }
}
