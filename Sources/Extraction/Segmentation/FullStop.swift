import AssayText

/// Whether a lone full stop before a space and a word that is not lower case ends the sentence,
/// from the word before it — an abbreviation (`Abbreviations`), an initial, the pronoun `I` —
/// and the word after it.
///
/// - An all-capital word is an acronym, never one of the abbreviations that it spells
///   (`the FT. But`, `the CIA. Vale`, `9 p.m. EST. Officials`, `patients with MS. Final`),
///   except a number's abbreviation (`NO. 5`).
/// - A number's abbreviation keeps its number: digits, `#1`, a Roman numeral (`Vol. IV`).
/// - An initial (`E.`, `J. R. R.`) or a terminal abbreviation (`Co.`, `U.S.`) ends the sentence
///   only before a usual sentence opener (`Abbreviations.sentenceOpeners`).
/// - `I.` after a lower-case word is the pronoun ending the sentence (`more than I. Smith`,
///   `So do I. Then`), unless the word is a preposition (`by I. Smith`): a preposition takes a
///   name, never the pronoun. After a capital (`Jonas I. Smith`) it is an initial.
struct FullStop {
    let bytes: [UInt8]
    let end: Int

    /// `stop` is the full stop; `next` the first byte of the word after it.
    func ends(stop: Int, sentenceStart: Int, next: Int) -> Bool {
        let word = wordBefore(stop, notBefore: sentenceStart)
        guard !word.isEmpty else { return true }
        switch kind(of: word) {
        case .title?, .inner?:
            return false
        case .beforeNumber?:
            return !startsNumber(at: next)
        case .time?:
            return !continuesTime(at: next)
        case .terminal?:
            return opensSentence(at: next)
        case nil:
            guard isInitial(word) else { return true }
            return isPronounI(word, notBefore: sentenceStart, next: next) || opensSentence(at: next)
        }
    }

    private func kind(of word: Range<Int>) -> Abbreviations.Kind? {
        let kind = Abbreviations.table.value(for: bytes, in: word)
        return kind != .beforeNumber && isAcronym(word) ? nil : kind
    }

    /// The word just before the full stop at `stop`, without leading quotes or brackets.
    private func wordBefore(_ stop: Int, notBefore limit: Int) -> Range<Int> {
        var start = stop
        while start > limit, bytes[start - 1] != UTF8Bytes.space { start -= 1 }
        while start < stop, let width = UTF8Bytes.openerWidth(in: bytes, at: start) { start += width }
        return start..<stop
    }

    private func isAcronym(_ word: Range<Int>) -> Bool {
        word.count >= 2 && word.allSatisfy { UTF8Bytes.isASCIIUpper(bytes[$0]) }
    }

    /// Whether `word` is a single capital followed by a full stop (`M.`).
    private func isCapitalAndStop(_ word: Range<Int>) -> Bool {
        word.count == 1 && UTF8Bytes.isASCIIUpper(bytes[word.lowerBound]) && word.upperBound < end
            && bytes[word.upperBound] == UInt8(ascii: ".")
    }

    /// A single letter (`E`) or letters joined by stops (`U.S`, `a.m`): an initial or acronym.
    private func isInitial(_ word: Range<Int>) -> Bool {
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

    /// `I.` read as the pronoun: after a lower-case word that is not a preposition, and not
    /// before another initial (`what I. M. Pei built`).
    private func isPronounI(_ word: Range<Int>, notBefore limit: Int, next: Int) -> Bool {
        guard word.count == 1, bytes[word.lowerBound] == UInt8(ascii: "I"), !isCapitalAndStop(letters(from: next)),
              word.lowerBound - 1 > limit, bytes[word.lowerBound - 1] == UTF8Bytes.space else { return false }
        let previousEnd = word.lowerBound - 1
        var previousStart = previousEnd
        while previousStart > limit, UTF8Bytes.isASCIILetter(bytes[previousStart - 1]) { previousStart -= 1 }
        let previous = previousStart..<previousEnd
        return !previous.isEmpty && UTF8Bytes.isASCIILower(bytes[previousStart])
            && !Abbreviations.beforeInitialI.contains(bytes, in: previous)
    }

    /// The ASCII letters from `start`.
    private func letters(from start: Int) -> Range<Int> {
        var wordEnd = start
        while wordEnd < end, UTF8Bytes.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
        return start..<wordEnd
    }

    /// Whether the word at `start` is a usual sentence opener (`Abbreviations.sentenceOpeners`).
    func opensSentence(at start: Int) -> Bool {
        let word = letters(from: start)
        return !word.isEmpty && Abbreviations.sentenceOpeners.contains(bytes, in: word)
    }

    /// A figure: digits, `#` or a Roman numeral in capitals other than a lone `I` (the pronoun).
    private func startsNumber(at start: Int) -> Bool {
        let byte = bytes[start]
        if UTF8Bytes.isDigit(byte) || byte == UInt8(ascii: "#") { return true }
        let word = letters(from: start)
        guard !word.isEmpty, word.count <= 5, !(word.count == 1 && byte == UInt8(ascii: "I")) else { return false }
        return word.allSatisfy { [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X")].contains(bytes[$0]) }
    }

    /// A date, a day or a time zone (`Abbreviations.timeContinuations`), or a place of up to
    /// three capitalised words and `time` (`Moscow time`, `New York time`).
    private func continuesTime(at start: Int) -> Bool {
        if UTF8Bytes.isDigit(bytes[start]) { return true }
        var word = letters(from: start)
        guard !word.isEmpty else { return false }
        if Abbreviations.timeContinuations.contains(bytes, in: word) { return true }
        for _ in 0..<3 {
            guard word.upperBound < end, bytes[word.upperBound] == UTF8Bytes.space else { return false }
            let next = letters(from: word.upperBound + 1)
            if bytes[next].elementsEqual("time".utf8) { return true }
            guard !next.isEmpty, UTF8Bytes.isASCIIUpper(bytes[next.lowerBound]) else { return false }
            word = next
        }
        return false
    }
}
