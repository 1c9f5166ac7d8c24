/// The double quotation marks of a sentence (curly or straight; the match text folds them),
/// read with what the sentences before it left open: which tokens are quoted, and whether the
/// sentence goes on with a quotation (it opens inside one, or opens with a mark).
///
/// Marks are paired by counting, so a paragraph resets the count: a quotation running over
/// paragraphs reopens each one with a mark, which keeps its speaker; a mark that opens a
/// sentence inside a quotation reopens it.
struct QuotationMarks {
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
        // A quotation that goes on into a new paragraph reopens it with a mark and closes only at
        // its end: a sentence that opens with a mark while one is open goes on with it (text
        // whose paragraph breaks were lost has this inside one paragraph), not closes it.
        if context.isQuoting, opensWithMark { marks.removeFirst() }
        self.marks = marks
        startsInside = context.isQuoting
        continuesQuotation = startsInside || opensWithMark
        context.isQuoting = startsInside != (marks.count % 2 == 1)
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
