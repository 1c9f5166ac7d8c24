import AssayCore
import AssayText

/// Segments each paragraph of the laid-out text into sentences and assertions and records them
/// with scalar offsets. Paragraphs must be added in text order.
struct DocumentBuilder {
    private let bytes: [UInt8]
    private let scorer: CheckworthinessScorer
    private(set) var paragraphs: [Paragraph] = []
    private(set) var sentences: [Sentence] = []
    private(set) var assertions: [Assertion] = []
    private var paragraphOffsets: ScalarOffsetCursor
    private var sentenceOffsets: ScalarOffsetCursor
    private var assertionOffsets: ScalarOffsetCursor
    private var occurrences: [String: Int] = [:]
    /// The normalised key of the assertion being added, kept to reuse its storage.
    private var keyBuffer: [UInt8] = []

    init(bytes: [UInt8], scorer: CheckworthinessScorer) {
        self.bytes = bytes
        self.scorer = scorer
        paragraphOffsets = ScalarOffsetCursor(bytes)
        sentenceOffsets = ScalarOffsetCursor(bytes)
        assertionOffsets = ScalarOffsetCursor(bytes)
    }

    mutating func addParagraph(index: Int, range: Range<Int>, role: ParagraphRole) {
        let start = paragraphOffsets.scalarOffset(ofByte: range.lowerBound)
        let end = paragraphOffsets.scalarOffset(ofByte: range.upperBound)
        paragraphs.append(Paragraph(index: index, start: start, end: end, role: role))
        let body = ListItemBody.range(of: range, role: role, in: bytes)
        let sentenceRanges = SentenceSegmenter.sentences(in: bytes, paragraph: body, role: role)
        for (position, sentenceRange) in sentenceRanges.enumerated() {
            addSentence(sentenceRange, paragraph: index, role: role,
                        place: SentencePlace(index: position, count: sentenceRanges.count))
        }
    }

    private mutating func addSentence(_ range: Range<Int>, paragraph: Int, role: ParagraphRole, place: SentencePlace) {
        let sentenceIndex = sentences.count
        sentences.append(Sentence(index: sentenceIndex, paragraph: paragraph,
                                  start: sentenceOffsets.scalarOffset(ofByte: range.lowerBound),
                                  end: sentenceOffsets.scalarOffset(ofByte: range.upperBound),
                                  text: text(range)))
        let tokens = Tokenizer.tokens(in: bytes, range: range)
        var firstToken = 0
        for assertionRange in AssertionSplitter.assertions(in: bytes, sentence: range, tokens: tokens) {
            while firstToken < tokens.count, tokens[firstToken].range.lowerBound < assertionRange.lowerBound {
                firstToken += 1
            }
            var endToken = firstToken
            while endToken < tokens.count, tokens[endToken].range.upperBound <= assertionRange.upperBound {
                endToken += 1
            }
            let classification = AssertionClassifier.classify(bytes, tokens: Array(tokens[firstToken..<endToken]), role: role,
                                                             place: place, scorer: scorer)
            firstToken = endToken
            addAssertion(assertionRange, sentence: sentenceIndex, paragraph: paragraph, classification: classification)
        }
    }

    private mutating func addAssertion(_ range: Range<Int>, sentence: Int, paragraph: Int,
                                       classification: AssertionClassifier.Result) {
        AssertionID.normalizedKey(of: bytes, range, into: &keyBuffer)
        // Repeats are counted by the first occurrence's id: a short string, cheap to hash.
        let firstID = AssertionID.derive(normalizedKeyBytes: keyBuffer, occurrence: 1)
        let occurrence = Self.increment(&occurrences[firstID, default: 0])
        assertions.append(Assertion(
            id: occurrence == 1 ? firstID : AssertionID.derive(normalizedKeyBytes: keyBuffer, occurrence: occurrence),
            sentence: sentence, paragraph: paragraph,
            start: assertionOffsets.scalarOffset(ofByte: range.lowerBound),
            end: assertionOffsets.scalarOffset(ofByte: range.upperBound),
            text: text(range), kind: classification.kind,
            checkworthiness: classification.checkworthiness, reasons: classification.reasons))
    }

    /// Adds one to a count and returns it: through `Dictionary`'s `default:` subscript, one
    /// lookup both reads and writes an entry.
    private static func increment(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
