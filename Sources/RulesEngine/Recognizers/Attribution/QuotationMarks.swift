/// The double quotation marks of a sentence (curly or straight; the match text folds them),
/// read with what the sentences before it left open: which tokens are quoted, and whether the
/// sentence goes on with a quotation (it opens inside one, or opens with a mark).
///
/// Marks are paired by counting, so a paragraph resets the count: a quotation running over
/// paragraphs reopens each one with a mark, which keeps its speaker; a mark that opens a
/// sentence inside a quotation reopens it.
struct QuotationMarks {
    /// The marks that open or close, in order.
    private let marks: [Int]
    private let startsInside: Bool
    let continuesQuotation: Bool

    init(_ sentence: SentenceView, lexicon: AttributionLexicon, context: inout AttributionContext, paragraph: Int) {
        var marks: [Int] = []
        for index in sentence.tokenRange where lexicon.isQuoteMark(sentence, index) { marks.append(index) }
        let opensWithMark = marks.first == sentence.tokenRange.lowerBound
        if paragraph != context.paragraph {
            if !(context.isQuoting && opensWithMark) { context.speaker = nil }
            context.isQuoting = false
            context.paragraph = paragraph
        }
        startsInside = context.isQuoting
        continuesQuotation = startsInside || opensWithMark
        // A mark shaped to open (a space before it, a word against it) while a quotation is open
        // reopens it, and one shaped to close while none is open closes nothing: one mark lost
        // or doubled does not turn the rest of the paragraph inside out. A quotation that goes
        // on into a new paragraph reopens it with a mark and closes only at its end.
        var inside = startsInside
        var toggles: [Int] = []
        for mark in marks {
            let shape = Self.shape(of: mark, in: sentence)
            if inside && shape == .opening || !inside && shape == .closing { continue }
            toggles.append(mark)
            inside.toggle()
        }
        self.marks = toggles
        context.isQuoting = inside
    }

    private enum Shape { case opening, closing, either }

    /// Whether the mark at `index` (of `''`, its first apostrophe) stands against the word after
    /// it and apart from the one before (opening), or the other way round (closing).
    private static func shape(of index: Int, in sentence: SentenceView) -> Shape {
        let tokens = sentence.text.tokens
        var last = index
        if sentence.text.bytes[tokens[index].range.lowerBound] == UInt8(ascii: "'"), index + 1 < tokens.count,
           tokens[index + 1].range.lowerBound == tokens[index].range.upperBound {
            last = index + 1
        }
        let joinsBefore = index > 0 && tokens[index - 1].range.upperBound == tokens[index].range.lowerBound
        let joinsAfter = last + 1 < tokens.count && tokens[last + 1].range.lowerBound == tokens[last].range.upperBound
        if !joinsBefore && joinsAfter { return .opening }
        if joinsBefore && !joinsAfter { return .closing }
        return .either
    }

    /// Whether the token stands between an opening and a closing mark.
    func isQuoted(_ index: Int) -> Bool {
        var inside = startsInside
        for mark in marks {
            if mark >= index { break }
            inside.toggle()
        }
        return inside
    }
}
