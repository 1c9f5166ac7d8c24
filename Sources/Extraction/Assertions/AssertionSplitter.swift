import AssayText

/// Splits a sentence into the independent clauses it asserts.
///
/// A split happens at `;`, at `, and` / `, but` / `, yet` / `, so`, and at a bare `and`/`but`
/// followed by a personal pronoun ("…or MEK and it is the main…") — but only when the part
/// before has a verb and the part after opens with a subject followed by a verb. So
/// "…after the couple, and all three are expected to go on trial" splits, while
/// "…Berlin, and other world capitals" and "…, and that they were eager…" do not.
/// Nothing inside quotation marks or brackets is split: a quotation stays with its claim.
enum AssertionSplitter {
    private static let coordinators = WordTable(words: ["and", "but", "yet", "so"])
    /// Both three letters: `mayBeSplitPoint` passes no word of another length.
    private static let bareCoordinators = WordTable(words: ["and", "but"])
    private static let subjectPronouns = WordTable(words: ["he", "she", "it", "they", "we", "i", "you", "there"])
    /// Words that open a noun phrase; the word after them is its noun, not the clause's verb.
    private static let determiners = WordTable(words: [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
        "each", "every", "no", "another", "such", "other",
    ])
    /// Quantifiers that can stand alone as a subject ("all three are", "many have").
    private static let quantifiers = WordTable(words: [
        "all", "many", "most", "some", "several", "both", "few", "none", "others", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "much", "more",
    ])
    private static let infinitiveMarker = WordTable(words: ["to"])
    private static let minimumWords = 3
    private static let verbWindow = 10

    /// Byte ranges of the assertions of `sentence`, in order. `tokens` are the sentence's tokens.
    static func assertions(in bytes: [UInt8], sentence: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var segmentStart = 0
        var depth = 0
        var inStraightQuote = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .punctuation {
                trackNesting(bytes, token, &depth, &inStraightQuote)
            }
            guard depth == 0, !inStraightQuote, mayBeSplitPoint(bytes, token),
                  let split = splitPoint(bytes, tokens, at: index, segmentStart: segmentStart) else {
                index += 1
                continue
            }
            ranges.append(byteRange(tokens, segmentStart..<split.leftEnd, in: sentence, isFirst: ranges.isEmpty))
            segmentStart = split.rightStart
            index = split.rightStart
        }
        guard !ranges.isEmpty, segmentStart < tokens.count else { return [sentence] }
        // A split is only accepted when a clause opens at `segmentStart`, so that token exists.
        ranges.append(tokens[segmentStart].range.lowerBound..<sentence.upperBound)
        return ranges
    }

    /// Whether `splitPoint` can find a boundary at the token: a `;` or `,`, or a three-letter
    /// word ("and", "but"). A quick test that spares most tokens the full one.
    @inline(__always)
    private static func mayBeSplitPoint(_ bytes: [UInt8], _ token: Token) -> Bool {
        switch token.kind {
        case .punctuation:
            let byte = bytes[token.range.lowerBound]
            return byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",")
        case .word: return token.range.count == 3
        case .number: return false
        }
    }

    /// If a clause boundary is at token `index`: where the left clause's tokens end and the
    /// right clause's begin.
    private static func splitPoint(_ bytes: [UInt8], _ tokens: [Token], at index: Int,
                                   segmentStart: Int) -> (leftEnd: Int, rightStart: Int)? {
        let token = tokens[index]
        let candidate: (leftEnd: Int, rightStart: Int)
        if token.kind == .punctuation, bytes[token.range.lowerBound] == UInt8(ascii: ";") {
            candidate = (index, index + 1)
        } else if token.kind == .punctuation, bytes[token.range.lowerBound] == UInt8(ascii: ","),
                  index + 1 < tokens.count, coordinators.contains(tokens[index + 1], in: bytes) {
            candidate = (index, index + 2)
        } else if token.kind == .word, index > segmentStart, bareCoordinators.contains(token, in: bytes),
                  index + 1 < tokens.count, subjectPronouns.contains(tokens[index + 1], in: bytes) {
            candidate = (index, index + 1)
        } else {
            return nil
        }
        guard wordCount(tokens, segmentStart..<candidate.leftEnd) >= minimumWords,
              hasVerb(bytes, tokens, segmentStart..<candidate.leftEnd),
              opensClause(bytes, tokens, at: candidate.rightStart) else { return nil }
        return candidate
    }

    /// Whether the tokens from `start` read as subject + verb.
    private static func opensClause(_ bytes: [UInt8], _ tokens: [Token], at start: Int) -> Bool {
        guard start < tokens.count else { return false }
        let first = tokens[start]
        let verbSearchStart: Int
        let window: Int
        if subjectPronouns.contains(first, in: bytes) {
            verbSearchStart = start + 1
            window = 3
        } else if determiners.contains(first, in: bytes) {
            verbSearchStart = start + 2
            window = verbWindow
        } else if quantifiers.contains(first, in: bytes) || first.kind == .number
                    || UTF8Bytes.isASCIIUpper(bytes[first.range.lowerBound]) {
            verbSearchStart = start + 1
            window = verbWindow
        } else {
            return false
        }
        let clauseEnd = tokens[start...].firstIndex(where: { isClauseBreak(bytes, $0) }) ?? tokens.count
        let searchEnd = min(clauseEnd, start + window + 1)
        guard verbSearchStart < searchEnd, wordCount(tokens, start..<clauseEnd) >= minimumWords else { return false }
        return hasVerb(bytes, tokens, verbSearchStart..<searchEnd)
    }

    /// Whether a finite verb is among `range`: an infinitive ("to describe") does not count.
    private static func hasVerb(_ bytes: [UInt8], _ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { index in
            tokens[index].kind == .word && VerbLexicon.isVerb(bytes, tokens[index].range)
                && !(index > 0 && infinitiveMarker.contains(tokens[index - 1], in: bytes))
        }
    }

    private static func wordCount(_ tokens: [Token], _ range: Range<Int>) -> Int {
        tokens[range].count { $0.kind != .punctuation }
    }

    private static func isClauseBreak(_ bytes: [UInt8], _ token: Token) -> Bool {
        token.kind == .punctuation && [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")]
            .contains(bytes[token.range.lowerBound])
    }

    private static func trackNesting(_ bytes: [UInt8], _ token: Token, _ depth: inout Int, _ inStraightQuote: inout Bool) {
        let lead = bytes[token.range.lowerBound]
        switch lead {
        case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"): depth = max(0, depth - 1)
        case UInt8(ascii: "\""): inStraightQuote.toggle()
        case 0xE2 where token.range.count == 3 && bytes[token.range.lowerBound + 1] == 0x80:
            switch bytes[token.range.lowerBound + 2] {
            case 0x9C: depth += 1  // “
            case 0x9D: depth = max(0, depth - 1)  // ”
            default: break
            }
        case 0xC2 where token.range.count == 2:
            if bytes[token.range.lowerBound + 1] == 0xAB { depth += 1 }  // «
            if bytes[token.range.lowerBound + 1] == 0xBB { depth = max(0, depth - 1) }  // »
        default: break
        }
    }

    /// The bytes of tokens `range`; the first clause starts where the sentence starts.
    private static func byteRange(_ tokens: [Token], _ range: Range<Int>, in sentence: Range<Int>,
                                  isFirst: Bool) -> Range<Int> {
        let start = isFirst ? sentence.lowerBound : tokens[range.lowerBound].range.lowerBound
        return start..<tokens[range.upperBound - 1].range.upperBound
    }
}
