import AssayCore
import AssayText

/// Splits a paragraph of normalised text into sentences the way a reader would.
///
/// A sentence ends at `.`, `!`, `?` or `…` (runs such as `?!`, `...` or a spaced `. . .` count
/// once), after any closing quotes and brackets, when a space and a sentence start follow. What
/// is not an end: a stop followed by a lower-case word (`e.g. the`, `“Why?” she asked`, `Bombay!
/// - nominated`); a stop with no space after it (`3.5`, `U.S.A`, `v1.2`, `Jr.'s`); what the
/// word before a full stop makes an abbreviation or an initial (`FullStop`); a `!` or `?` that
/// closes an aside in brackets inside the sentence (`the film (and the song!) put me off`); a
/// quotation's stop when a bracketed citation and a stop follow (`“…ended.” (Smith 55).`).
///
/// Inline lists: a list marker (`1)`, `2.`, `3.)`, `b.`, `iv)`, `•`) opens an item, whose
/// sentence starts after it (the marker stays in the text, between the sentences) — the marker
/// is never a sentence of its own, nor the end of the sentence before.
/// A bullet always opens one. A label opens one when what follows it does not start in lower
/// case and it is either the first of a list after a colon (`three steps: 1) Cut taxes`) or the
/// next label of the list whose item the sentence is (`1) Cut taxes 2) Raise`); a run-in list in
/// lower case (`promised to 1) cut taxes, 2) raise spending`) stays one sentence, as the words
/// do. A sentence is never only punctuation or a marker: such a piece joins the sentence before
/// (`when in Rome ... .`) or, at a paragraph's start, the one after.
///
/// Works on bytes of normalised text, where whitespace inside a paragraph is a single space.
/// Nothing is ever removed: the sentences are ranges of the paragraph.
enum SentenceSegmenter {
    /// The sentences of a paragraph as byte ranges; none for code, which is not prose.
    static func sentences(in bytes: [UInt8], paragraph range: Range<Int>, role: ParagraphRole) -> [Range<Int>] {
        role == .code ? [] : sentences(in: bytes, range: range)
    }

    /// The sentences of `range` (a paragraph) as byte ranges, in order, without edge spaces.
    static func sentences(in bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
        var scan = Scan(bytes: bytes, range: range)
        var index = range.lowerBound
        while index < range.upperBound {
            index = nextCandidate(bytes, from: index, end: range.upperBound)
            guard index < range.upperBound else { break }
            switch bytes[index] {
            case UInt8(ascii: ")"):
                scan.labelCloses(at: index)
                index += 1
            case 0xE2 where ListMarker.bulletWidth(bytes, at: index) != nil:
                scan.bullet(at: index)
                index += 3
            default:
                index = scan.terminator(at: index)
            }
        }
        return scan.finish()
    }

    /// The first index from `start` (`end` if none) whose byte may start a terminator (`.`, `!`,
    /// `?`, `…`), a bullet (both E2 …) or close a list label (`)`). Most bytes cannot; they are
    /// skipped without the full test.
    private static func nextCandidate(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var index = start
            let end = min(end, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                    || byte == 0xE2 || byte == UInt8(ascii: ")") { break }
                index += 1
            }
            return index
        }
    }
}

/// One paragraph's scan: the sentences found so far and where the current one starts.
private struct Scan {
    let bytes: [UInt8]
    let end: Int
    var start: Int
    var sentences: [Range<Int>] = []
    /// The label of the last sentence that opened with a list marker, and whether the scan cut
    /// before a marker to open the current one: they tell an item's marker from an initial.
    private var previousLabel: ListMarker.Label?
    private var cutBeforeMarker = false

    init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        end = range.upperBound
        start = range.lowerBound
    }

    // MARK: Terminators

    /// Reads the terminator run at `index`, ends the sentence there if it is an end, and returns
    /// where the scan goes on.
    mutating func terminator(at index: Int) -> Int {
        guard let runEnd = terminatorRun(at: index) else { return index + 1 }
        var closeEnd = runEnd
        var closesQuote = false, closesBracket = false
        while closeEnd < end, let width = UTF8Bytes.closerWidth(in: bytes, at: closeEnd) {
            if bytes[closeEnd] == UInt8(ascii: ")") { closesBracket = true } else { closesQuote = true }
            closeEnd += width
        }
        guard closeEnd < end else { return end }
        guard bytes[closeEnd] == UTF8Bytes.space else {
            if endsWithoutSpace(stop: index..<runEnd, nextWord: closeEnd) { cut(through: closeEnd, next: closeEnd) }
            return closeEnd
        }
        let next = closeEnd + 1
        let stop = index..<runEnd
        let loneStop = stop.count == 1 && bytes[index] == UInt8(ascii: ".")
        if loneStop, let label = labelBefore(index), ListMarker.label(bytes, label) != nil {
            // `1. Cut taxes`: the stop belongs to the marker that opens the sentence.
            if label.lowerBound == start { return next }
            if opensItem(label: label, itemStart: next, closedByStop: true) {
                cut(before: label.lowerBound)
                return next
            }
        }
        if closesBracket, !loneStop, closesAside(before: index) { return next }
        if closesQuote, citationFollows(at: next) { return next }
        if endsSentence(stop: stop, next: next) { cut(through: closeEnd, next: next) }
        return next
    }

    /// The end of the run of terminators (`.`, `!`, `?`, `…`, and stops spaced out as an
    /// ellipsis, `. . .`) starting at `index`, or nil if there is no terminator there.
    private func terminatorRun(at index: Int) -> Int? {
        var cursor = index
        scan: while cursor < end {
            switch bytes[cursor] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): cursor += 1
            case 0xE2 where UTF8Bytes.isEllipsis(bytes, at: cursor) && cursor + 3 <= end: cursor += 3
            case UTF8Bytes.space where cursor > index && bytes[cursor - 1] == UInt8(ascii: ".") && isSpacedStop(cursor + 1):
                cursor += 2
            default: break scan
            }
        }
        return cursor > index ? cursor : nil
    }

    /// Whether a terminator with no space after it ends the sentence: a space was lost before a
    /// capitalised sentence opener (`the website.He will`, `best...We forget`), after a whole
    /// word of two or more letters that is not an abbreviation. Not `One.Tel`, `Halo.Bungie.Org`
    /// (no opener follows), `www.bbc.The` (not a whole word), `3.5`, `U.S.A` or `Mr.The`.
    private func endsWithoutSpace(stop: Range<Int>, nextWord index: Int) -> Bool {
        guard UTF8Bytes.isASCIIUpper(bytes[index]) else { return false }
        var wordEnd = index + 1
        while wordEnd < end, UTF8Bytes.isASCIILower(bytes[wordEnd]) { wordEnd += 1 }
        guard wordEnd - index >= 2, wordEnd < end, bytes[wordEnd] == UTF8Bytes.space || bytes[wordEnd] == UInt8(ascii: ","),
              Abbreviations.sentenceOpeners.contains(bytes, in: index..<wordEnd) else { return false }
        var wordStart = stop.lowerBound
        while wordStart > start, UTF8Bytes.isASCIILetter(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = wordStart..<stop.lowerBound
        guard word.count >= 2, wordStart == start || bytes[wordStart - 1] == UTF8Bytes.space else { return false }
        return !Abbreviations.table.contains(bytes, in: word)
    }

    /// Whether a full stop at `index` continues a spaced ellipsis: it is not the start of a
    /// word or number (`.NET`, `.5`).
    private func isSpacedStop(_ index: Int) -> Bool {
        guard index < end, bytes[index] == UInt8(ascii: ".") else { return false }
        guard index + 1 < end else { return true }
        let after = bytes[index + 1]
        return !(UTF8Bytes.isASCIILetter(after) || UTF8Bytes.isDigit(after))
    }

    private func endsSentence(stop: Range<Int>, next: Int) -> Bool {
        let wordStart = afterOpeners(next)
        guard wordStart < end, let (scalar, _) = UTF8Bytes.scalar(in: bytes, at: wordStart) else { return true }
        if scalar.properties.isLowercase { return nextLabelFollows(at: wordStart) }
        if isDash(scalar), startsLowercase(afterDashAt: wordStart) { return false }
        // Only a lone full stop can belong to an abbreviation.
        guard stop.count == 1, bytes[stop.lowerBound] == UInt8(ascii: ".") else { return true }
        return FullStop(bytes: bytes, end: end).ends(stop: stop.lowerBound, sentenceStart: start, next: wordStart)
    }

    private func afterOpeners(_ index: Int) -> Int {
        var wordStart = index
        while wordStart < end, let width = UTF8Bytes.openerWidth(in: bytes, at: wordStart) { wordStart += width }
        return wordStart
    }

    /// Whether the word at `index`, after any opening quotes or brackets, starts in lower case.
    private func startsLowercase(at index: Int) -> Bool {
        let wordStart = afterOpeners(index)
        guard wordStart < end, let (scalar, _) = UTF8Bytes.scalar(in: bytes, at: wordStart) else { return false }
        return scalar.properties.isLowercase
    }

    private func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}"
    }

    /// Whether the word after the dash at `index` and a space starts in lower case (`Bombay! -
    /// nominated`): the dash goes on with the sentence.
    private func startsLowercase(afterDashAt index: Int) -> Bool {
        guard let (_, width) = UTF8Bytes.scalar(in: bytes, at: index), index + width + 1 < end,
              bytes[index + width] == UTF8Bytes.space else { return false }
        return startsLowercase(at: index + width + 1)
    }

    /// Whether the `!` or `?` at `stop` closes an aside in brackets that opened inside the
    /// sentence (`the film (and the song!) put me off`), not a bracketed sentence of its own.
    private func closesAside(before stop: Int) -> Bool {
        var depth = 0
        var index = stop
        while index > start {
            index -= 1
            switch bytes[index] {
            case UInt8(ascii: ")"): depth += 1
            case UInt8(ascii: "(") where depth > 0: depth -= 1
            case UInt8(ascii: "("): return hasWord(start..<index)
            default: break
            }
        }
        return false
    }

    /// Whether a bracketed citation and a stop follow a closed quotation at `index`
    /// (`“…ended.” (Smith 55).`): the citation belongs to the quotation's sentence.
    private func citationFollows(at index: Int) -> Bool {
        guard index < end, bytes[index] == UInt8(ascii: "(") else { return false }
        var depth = 0
        for cursor in index..<min(end, index + 200) {
            switch bytes[cursor] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                guard depth == 0 else { continue }
                guard cursor + 1 < end else { return false }
                let after = bytes[cursor + 1]
                return after == UInt8(ascii: ".") || after == UInt8(ascii: "!") || after == UInt8(ascii: "?")
            default: break
            }
        }
        return false
    }

    // MARK: List markers

    /// At the `)` of a label (`2)`, `b)`): opens an item there if the label does.
    mutating func labelCloses(at paren: Int) {
        guard paren + 1 < end, bytes[paren + 1] == UTF8Bytes.space, let label = labelBefore(paren),
              label.lowerBound > start else { return }
        if opensItem(label: label, itemStart: paren + 2, closedByStop: false) { cut(before: label.lowerBound) }
    }

    /// At a bullet: it opens an item when it stands between spaces.
    mutating func bullet(at index: Int) {
        guard index > start, bytes[index - 1] == UTF8Bytes.space, index + 3 < end,
              bytes[index + 3] == UTF8Bytes.space else { return }
        cut(before: index)
    }

    /// The word just before `index` (a `.` or `)`), if it stands after a space or at the
    /// sentence's start and may be a label: at most four letters or digits.
    private func labelBefore(_ index: Int) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { bytes in
            var wordStart = index
            while wordStart > start, index - wordStart < 4,
                  UTF8Bytes.isASCIILetter(bytes[wordStart - 1]) || UTF8Bytes.isDigit(bytes[wordStart - 1]) {
                wordStart -= 1
            }
            guard wordStart < index, wordStart == start || bytes[wordStart - 1] == UTF8Bytes.space else { return nil }
            return wordStart..<index
        }
    }

    /// Whether the label at `label`, inside the current sentence, opens an item of a list:
    /// the item does not start in lower case, and the label is the first after a colon or the
    /// next one after the label that opened this sentence. A capital and a stop (`B. Jones`) is
    /// an initial as often: it opens an item only after a colon, before a sentence opener.
    private func opensItem(label: Range<Int>, itemStart: Int, closedByStop: Bool) -> Bool {
        guard label.lowerBound > start, bytes[label.lowerBound - 1] == UTF8Bytes.space,
              itemStart < end, !startsLowercase(at: itemStart),
              let current = ListMarker.label(bytes, label) else { return false }
        let afterColon = label.lowerBound >= 2 && bytes[label.lowerBound - 2] == UInt8(ascii: ":")
        if closedByStop, label.count == 1, UTF8Bytes.isASCIIUpper(bytes[label.lowerBound]) {
            return afterColon && current.isFirst && FullStop(bytes: bytes, end: end).opensSentence(at: afterOpeners(itemStart))
        }
        if afterColon { return current.isFirst }
        return openingLabel().map(current.follows) ?? false
    }

    /// After a stop, whether the lower-case word at `wordStart` is the next label of the list
    /// whose item the sentence is (`a. Resign. b. Stay.`).
    private func nextLabelFollows(at wordStart: Int) -> Bool {
        guard let marker = ListMarker.marker(bytes, at: wordStart, end: end),
              marker.space + 1 < end, !startsLowercase(at: marker.space + 1),
              let label = ListMarker.label(bytes, marker.label), let opening = openingLabel() else { return false }
        return label.follows(opening)
    }

    /// The label of the marker that opens the current sentence, if one does.
    private func openingLabel() -> ListMarker.Label? {
        guard let marker = ListMarker.marker(bytes, at: start, end: end) else { return nil }
        return ListMarker.label(bytes, marker.label)
    }

    // MARK: Cuts

    /// Ends the current sentence before the marker at `marker`, which opens the next one.
    private mutating func cut(before marker: Int) {
        var pieceEnd = marker
        while pieceEnd > start, bytes[pieceEnd - 1] == UTF8Bytes.space { pieceEnd -= 1 }
        guard hasWord(start..<pieceEnd) else { return }
        append(start..<pieceEnd)
        start = marker
        cutBeforeMarker = true
    }

    /// Ends the current sentence at `sentenceEnd`; the next starts at `next`. A piece without a
    /// word joins the sentence before it, or, if there is none, the one after.
    private mutating func cut(through sentenceEnd: Int, next: Int) {
        if startsWithWord() || hasWord(start..<sentenceEnd) {
            append(start..<sentenceEnd)
        } else if let last = sentences.last {
            sentences[sentences.count - 1] = last.lowerBound..<sentenceEnd
        } else {
            return
        }
        start = next
    }

    mutating func finish() -> [Range<Int>] {
        if start < end {
            if sentences.isEmpty || (startsWithWord() || hasWord(start..<end)) && !isBareMarker(start..<end) {
                append(start..<end)
            } else {
                sentences[sentences.count - 1] = sentences[sentences.count - 1].lowerBound..<end
            }
        }
        return sentences.filter { !$0.isEmpty }
    }

    /// Adds a sentence without the list marker that opens it as an item (`2) Sell the land.` is
    /// the sentence `Sell the land.`), as a list item paragraph's sentences leave out its marker:
    /// the marker stays in the text, and is neither a figure nor the first word of the item.
    /// Bullets, labels closed by `)`, numbers and lower-case letters open items wherever they
    /// start a sentence; a capital and a stop (`A. Smith`) only when it opened the sentence as
    /// an item or follows the label of the sentence before (`A. Who voted? B. Why?`).
    private mutating func append(_ sentence: Range<Int>) {
        defer { cutBeforeMarker = false }
        if let width = ListMarker.bulletWidth(bytes, at: sentence.lowerBound),
           sentence.lowerBound + width + 1 < sentence.upperBound, bytes[sentence.lowerBound + width] == UTF8Bytes.space {
            sentences.append((sentence.lowerBound + width + 1)..<sentence.upperBound)
            return
        }
        guard let marker = ListMarker.marker(bytes, at: sentence.lowerBound, end: sentence.upperBound),
              marker.space + 1 < sentence.upperBound, let label = ListMarker.label(bytes, marker.label) else {
            previousLabel = nil
            sentences.append(sentence)
            return
        }
        let closedByParen = bytes[marker.space - 1] == UInt8(ascii: ")")
        let opensItem = closedByParen || label.number != nil || !label.upper || cutBeforeMarker
            || previousLabel.map(label.follows) == true
        previousLabel = label
        sentences.append(opensItem ? (marker.space + 1)..<sentence.upperBound : sentence)
    }

    /// Whether `range` is a list marker and nothing else (`2)`, `b.`): one left at the end of a
    /// paragraph, with no item after it.
    private func isBareMarker(_ range: Range<Int>) -> Bool {
        guard range.count <= 6, let label = labelBefore(range.upperBound - 1) ?? labelBefore(range.upperBound - 2),
              label.lowerBound == range.lowerBound, ListMarker.label(bytes, label) != nil else { return false }
        let punctuation = bytes[label.upperBound..<range.upperBound]
        return punctuation.elementsEqual(".".utf8) || punctuation.elementsEqual(")".utf8)
            || punctuation.elementsEqual(".)".utf8)
    }

    /// Whether the current sentence starts with an ASCII letter or digit, as most do: a quick
    /// answer for `hasWord`.
    @inline(__always)
    private func startsWithWord() -> Bool {
        let byte = bytes[start]
        return UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isDigit(byte)
    }

    /// Whether `range` holds a letter or a digit, not only punctuation, bullets and spaces.
    private func hasWord(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isDigit(byte) { return true }
                index += 1
            } else {
                guard let (scalar, width) = UTF8Bytes.scalar(in: bytes, at: index) else { return false }
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
                index += width
            }
        }
        return false
    }
}
