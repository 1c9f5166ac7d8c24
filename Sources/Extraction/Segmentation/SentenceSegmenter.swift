import AssayCore
import AssayText

/// Splits a paragraph of normalised text into sentences the way a reader would.
///
/// A sentence ends at `.`, `!`, `?` or `…` (runs such as `?!` or `...` count once), after any
/// closing quotes and brackets, when a space and a sentence start follow. What is not an end:
/// a stop followed by a lower-case word (`e.g. the`, `“Why?” she asked`); a stop with no space
/// after it (`3.5`, `U.S.A`, `v1.2`, `Jr.'s`); a title before a name (`Mrs. Rajavi`); an
/// abbreviation before a number (`p. 55`, `No. 10`); an initial or a terminal abbreviation
/// (`Jonas E. Smith`, `Acme Co. shares`) unless a usual sentence opener follows (`… Co. The`).
///
/// Works on bytes of normalised text, where whitespace inside a paragraph is a single space.
enum SentenceSegmenter {
    /// The sentences of a paragraph as byte ranges; none for code, which is not prose.
    static func sentences(in bytes: [UInt8], paragraph range: Range<Int>, role: ParagraphRole) -> [Range<Int>] {
        role == .code ? [] : sentences(in: bytes, range: range)
    }

    /// The sentences of `range` (a paragraph) as byte ranges, in order, without edge spaces.
    static func sentences(in bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        let end = range.upperBound
        var start = range.lowerBound
        var index = start
        while index < end {
            index = nextPossibleTerminator(bytes, from: index, end: end)
            guard let terminatorEnd = terminatorRun(bytes, at: index, end: end) else {
                index += 1
                continue
            }
            var closeEnd = terminatorEnd
            while closeEnd < end, let width = UTF8Bytes.closerWidth(in: bytes, at: closeEnd) { closeEnd += width }
            guard closeEnd < end else { break }
            guard bytes[closeEnd] == UTF8Bytes.space else {
                index = closeEnd
                continue
            }
            let next = closeEnd + 1
            if endsSentence(bytes, terminator: index..<terminatorEnd, sentenceStart: start, next: next, end: end) {
                sentences.append(start..<closeEnd)
                start = next
            }
            index = next
        }
        if start < end { sentences.append(start..<end) }
        return sentences.filter { !$0.isEmpty }
    }

    /// The first index from `start` (`end` if none) whose byte may start a terminator: `.`, `!`,
    /// `?` or the first byte of `…`. Most bytes cannot; they are skipped without the full test.
    private static func nextPossibleTerminator(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var index = start
            let end = min(end, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 0xE2 { break }
                index += 1
            }
            return index
        }
    }

    /// The end of the run of terminators (`.`, `!`, `?`, `…`) starting at `index`, or nil if
    /// there is no terminator there.
    private static func terminatorRun(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        var cursor = index
        while cursor < end {
            switch bytes[cursor] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): cursor += 1
            case 0xE2 where UTF8Bytes.isEllipsis(bytes, at: cursor) && cursor + 3 <= end: cursor += 3
            default: return cursor > index ? cursor : nil
            }
        }
        return cursor > index ? cursor : nil
    }

    private static func endsSentence(_ bytes: [UInt8], terminator: Range<Int>, sentenceStart: Int,
                                     next: Int, end: Int) -> Bool {
        var wordStart = next
        while wordStart < end, let width = UTF8Bytes.openerWidth(in: bytes, at: wordStart) { wordStart += width }
        guard let (scalar, _) = UTF8Bytes.scalar(in: bytes, at: wordStart), wordStart < end else { return true }
        if scalar.properties.isLowercase { return false }
        // Only a lone full stop can belong to an abbreviation.
        guard terminator.count == 1, bytes[terminator.lowerBound] == UInt8(ascii: ".") else { return true }
        let word = wordBefore(bytes, terminator.lowerBound, notBefore: sentenceStart)
        guard !word.isEmpty else { return true }
        let followedByDigit = UTF8Bytes.isDigit(bytes[wordStart])
        switch Abbreviations.table.value(for: bytes, in: word) {
        case .title?, .inner?:
            return false
        case .beforeNumber?:
            return !followedByDigit
        case .terminal?:
            return opensSentence(bytes, wordStart, end)
        case nil:
            return isInitial(bytes, word) ? opensSentence(bytes, wordStart, end) : true
        }
    }

    /// The word just before the full stop at `stop`, without leading quotes or brackets.
    private static func wordBefore(_ bytes: [UInt8], _ stop: Int, notBefore limit: Int) -> Range<Int> {
        var start = stop
        while start > limit, bytes[start - 1] != UTF8Bytes.space { start -= 1 }
        while start < stop, let width = UTF8Bytes.openerWidth(in: bytes, at: start) { start += width }
        return start..<stop
    }

    /// A single letter (`E`) or letters joined by stops (`U.S`, `a.m`): an initial or acronym.
    private static func isInitial(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        var expectLetter = true
        for index in word {
            let byte = bytes[index]
            if expectLetter {
                guard UTF8Bytes.isASCIILetter(byte) else { return false }
            } else {
                guard byte == UInt8(ascii: ".") else { return false }
            }
            expectLetter.toggle()
        }
        return !expectLetter && (word.count > 1 || UTF8Bytes.isASCIIUpper(bytes[word.lowerBound]))
    }

    private static func opensSentence(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var wordEnd = start
        while wordEnd < end, UTF8Bytes.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
        return wordEnd > start && Abbreviations.sentenceOpeners.contains(bytes, in: start..<wordEnd)
    }
}
