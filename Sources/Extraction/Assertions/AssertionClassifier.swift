import AssayCore
import AssayText

/// Decides an assertion's kind and check-worthiness from cues in one pass over its tokens.
///
/// Kind, first match wins: a question (ends with `?`); normative (should, must, a duty to, an
/// imperative opening); a prediction (will, could, is expected to); an opinion (stance adverbs,
/// evaluative words); otherwise factual. The same pass gathers what makes an assertion checkable
/// (`AssertionEvidence`: a figure and its bound, a date, a named entity, a reported event, a
/// cited source, a comparison…); the scorer turns kind and evidence into a check-worthiness:
/// a learned model's probability (`CheckworthinessModel`) or the hand-set sum of earlier
/// versions (`HandSetScore`).
enum AssertionClassifier {
    struct Result: Equatable {
        var kind: AssertionKind
        var checkworthiness: Double
        var reasons: [String]
    }

    /// Words after which an -ed form is an adjective.
    private static let adjectivePosition = WordTable(words: [
        "a", "an", "the", "any", "more", "most", "less", "least", "well", "newly", "so", "very", "too",
        "their", "his", "her", "its", "our", "your", "my", "this", "that", "these", "those", "highly",
    ])
    private static let determinersAfterImperative = WordTable(words: [
        "the", "a", "an", "your", "our", "us", "this", "these", "those", "them", "it", "all", "every",
        "now", "back", "up", "down", "out", "their", "his", "her",
    ])

    static func classify(_ bytes: [UInt8], tokens: [Token], role: ParagraphRole, place: SentencePlace,
                         scorer: CheckworthinessScorer) -> Result {
        let features = features(bytes, tokens: tokens, role: role, place: place)
        switch scorer {
        case .handSet:
            return HandSetScore.score(kind: features.kind, evidence: features.evidence, role: role)
        case .model(let model):
            let (score, reasons) = model.score(features)
            return Result(kind: features.kind, checkworthiness: score, reasons: reasons)
        }
    }

    /// The assertion's kind and everything its check-worthiness is scored on.
    static func features(_ bytes: [UInt8], tokens: [Token], role: ParagraphRole, place: SentencePlace) -> AssertionFeatures {
        let evidence = gather(bytes, tokens, titleCase: role == .heading || role == .title)
        return AssertionFeatures(bytes: bytes, tokens: tokens, evidence: evidence, kind: kind(bytes, tokens, evidence),
                                 role: role, place: place)
    }

    /// In `titleCase` text every word is capitalised, so only acronyms count as named entities.
    private static func gather(_ bytes: [UInt8], _ tokens: [Token], titleCase: Bool) -> AssertionEvidence {
        // The tables read for every word, taken once: each read of a static runs its lazy
        // initialisation check.
        let cues = CueLexicon.table
        let names = NameReader(bytes: bytes, tokens: tokens)
        var evidence = AssertionEvidence()
        var index = 0
        var firstWord = true
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind != .punctuation else {
                index += 1
                continue
            }
            evidence.words += 1
            let text = { String(decoding: bytes[token.range], as: UTF8.self) }
            if token.kind == .number {
                if isYear(bytes, token.range) {
                    evidence.date = evidence.date ?? text()
                } else {
                    // A figure in digits is quoted before a spelled one ("30,000" over "three").
                    if evidence.figure == nil || !evidence.figureInDigits {
                        evidence.figure = text()
                        evidence.figureInDigits = true
                    }
                    noteBoundAndUnit(bytes, tokens, index, into: &evidence)
                }
                // "1. Taxes rise.": the word after a list number still opens the sentence.
                firstWord = firstWord && isListMarker(bytes, tokens, index)
                index += 1
                continue
            }
            let capitalised = startsUpperCase(bytes, token.range)
            let cue = cues.match(bytes, tokens, at: index)
            // "May" inside a sentence is the month.
            let isCalendar = cue?.value == .calendar
                || cue?.value == .prediction && capitalised && !firstWord && FoldedWord.equals("may".utf8, bytes, token.range)
            if !isCalendar, capitalised || !titleCase && names.isThe(index),
               let name = titleCase ? (names.isAcronym(index) ? NameReader.Name(tokenCount: 1, text: token.range) : nil)
                : names.name(at: index, isInitial: firstWord || opensQuotation(bytes, tokens, index)) {
                if evidence.entity == nil {
                    evidence.entity = String(decoding: bytes[name.text], as: UTF8.self)
                    evidence.entityShape = name.tokenCount > 1 ? .multiword : names.isAcronym(index) ? .acronym : .single
                }
                // The words of a name are not cues: "Will" of "Will Smith", "United" of "United Nations".
                if name.tokenCount > 1 {
                    evidence.words += tokens[(index + 1)..<(index + name.tokenCount)].count { $0.kind != .punctuation }
                    firstWord = false
                    index += name.tokenCount
                    continue
                }
            }
            if isEventVerb(bytes, tokens, index) { evidence.event = evidence.event ?? text() }
            if cue == nil, evidence.superlative == nil, ComparisonLexicon.looksSuperlative(bytes, token) {
                evidence.superlative = text()
            }
            var length = 1
            if let (matched, cue) = cue {
                length = matched
                let phrase = String(decoding: bytes[token.range.lowerBound..<tokens[index + matched - 1].range.upperBound], as: UTF8.self)
                record(cue, phrase: phrase, capitalised: capitalised, firstWord: firstWord,
                       isImperative: firstWord && followedByObject(bytes, tokens, index + matched), into: &evidence)
            }
            firstWord = false
            index += length
        }
        return evidence
    }

    /// A figure's bound ("over 30,000") and whether it is a percentage ("30%", "12 per cent").
    private static func noteBoundAndUnit(_ bytes: [UInt8], _ tokens: [Token], _ index: Int,
                                         into evidence: inout AssertionEvidence) {
        if evidence.bound == nil, index > 0, ComparisonLexicon.bounds.contains(tokens[index - 1], in: bytes) {
            evidence.bound = String(decoding: bytes[tokens[index - 1].range.lowerBound..<tokens[index].range.upperBound], as: UTF8.self)
        }
        if evidence.percentage == nil, index + 1 < tokens.count, ComparisonLexicon.percentWords.contains(tokens[index + 1], in: bytes) {
            evidence.percentage = String(decoding: bytes[tokens[index].range.lowerBound..<tokens[index + 1].range.upperBound], as: UTF8.self)
        }
        if evidence.largeFigure == nil {
            let range = tokens[index].range
            // Four digits or more before any decimal point ("30,000", "1 234"), or a figure
            // with a magnitude after it: "5bn", "12 million".
            let digits = bytes[range].prefix { $0 != UInt8(ascii: ".") }.count(where: UTF8Bytes.isDigit)
            let suffix = (bytes[range].lastIndex(where: UTF8Bytes.isDigit).map { $0 + 1 } ?? range.upperBound)..<range.upperBound
            if digits >= 4 || !suffix.isEmpty && ComparisonLexicon.magnitudes.contains(bytes, in: suffix) {
                evidence.largeFigure = String(decoding: bytes[range], as: UTF8.self)
            } else if index + 1 < tokens.count, ComparisonLexicon.magnitudes.contains(tokens[index + 1], in: bytes) {
                evidence.largeFigure = String(decoding: bytes[range.lowerBound..<tokens[index + 1].range.upperBound], as: UTF8.self)
            }
        }
    }

    private static func record(_ cue: Cue, phrase: String, capitalised: Bool, firstWord: Bool,
                               isImperative: Bool, into evidence: inout AssertionEvidence) {
        switch cue {
        case .normative: evidence.kindCues.insert(.normative)
        case .prediction:
            // "May" inside a sentence is the month.
            if phrase == "May" && !firstWord {
                evidence.date = evidence.date ?? phrase
            } else {
                evidence.kindCues.insert(.prediction)
            }
        case .opinion: evidence.kindCues.insert(.opinion)
        case .attribution: evidence.attribution = evidence.attribution ?? phrase
        case .spelledNumber:
            evidence.figure = evidence.figure ?? phrase
            if evidence.largeFigure == nil, ComparisonLexicon.magnitudes.contains(Array(phrase.utf8), in: 0..<phrase.utf8.count) {
                evidence.largeFigure = phrase
            }
        case .calendar: if capitalised { evidence.date = evidence.date ?? phrase }
        case .event: evidence.event = evidence.event ?? phrase
        case .imperative: if isImperative { evidence.kindCues.insert(.normative) }
        case .comparative: evidence.comparison = evidence.comparison ?? phrase
        case .superlative: evidence.superlative = evidence.superlative ?? phrase
        case .firstPerson: evidence.firstPerson = evidence.firstPerson ?? phrase
        }
    }

    private static func kind(_ bytes: [UInt8], _ tokens: [Token], _ evidence: AssertionEvidence) -> AssertionKind {
        if endsWithQuestionMark(bytes, tokens) { return .question }
        if evidence.kindCues.contains(.normative) { return .normative }
        if evidence.kindCues.contains(.prediction) { return .prediction }
        if evidence.kindCues.contains(.opinion) { return .opinion }
        return .factual
    }

    /// A past form that reports something happening ("was arrested", "massacred"), not an
    /// adjective in a noun phrase ("a civilized government", "politically-motivated").
    private static func isEventVerb(_ bytes: [UInt8], _ tokens: [Token], _ index: Int) -> Bool {
        let range = tokens[index].range
        guard VerbLexicon.isRegularPast(bytes, range), !bytes[range].contains(UInt8(ascii: "-")) else { return false }
        return index == 0 || !adjectivePosition.contains(tokens[index - 1], in: bytes)
    }

    private static func endsWithQuestionMark(_ bytes: [UInt8], _ tokens: [Token]) -> Bool {
        for token in tokens.reversed() {
            guard token.kind == .punctuation else { return false }
            if bytes[token.range.lowerBound] == UInt8(ascii: "?") { return true }
            if UTF8Bytes.closerWidth(in: bytes, at: token.range.lowerBound) == nil { return false }
        }
        return false
    }

    private static func followedByObject(_ bytes: [UInt8], _ tokens: [Token], _ index: Int) -> Bool {
        index < tokens.count && determinersAfterImperative.contains(tokens[index], in: bytes)
    }

    private static func isYear(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count == 4 || (range.count == 5 && bytes[range.upperBound - 1] == UInt8(ascii: "s")) else {
            return false
        }
        let digits = bytes[range.lowerBound..<range.lowerBound + 4]
        guard digits.allSatisfy(UTF8Bytes.isDigit) else { return false }
        let year = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (1000...2100).contains(year)
    }

    private static func startsUpperCase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        UTF8Bytes.isUppercase(bytes, at: range.lowerBound)
    }

    /// A number that opens the assertion and is followed by "." or ")": "1. Taxes rise."
    private static func isListMarker(_ bytes: [UInt8], _ tokens: [Token], _ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .punctuation, tokens[..<index].allSatisfy({ $0.kind == .punctuation })
        else { return false }
        let mark = bytes[tokens[index + 1].range.lowerBound]
        return mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")")
    }

    /// Whether the word follows an opening quotation mark or a colon, where any word may be capitalised.
    private static func opensQuotation(_ bytes: [UInt8], _ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, tokens[index - 1].kind == .punctuation else { return false }
        let start = tokens[index - 1].range.lowerBound
        switch bytes[start] {
        case UInt8(ascii: ":"): return true
        // A straight quote opens after a space (`said "Last week`), and closes after a word (`advertising," Davey`).
        case UInt8(ascii: "\""): return start == 0 || bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\n")
        case 0xC2: return tokens[index - 1].range.count == 2 && bytes[start + 1] == 0xAB  // «
        case 0xE2: return tokens[index - 1].range.count == 3 && bytes[start + 1] == 0x80
            && (bytes[start + 2] == 0x9C || bytes[start + 2] == 0x98)  // “ ‘
        default: return false
        }
    }
}
