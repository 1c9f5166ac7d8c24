import AssayCore

/// Finds who a sentence says says so: a source with a cue ("The MEK has variously pointed out",
/// "said Mr Smith", "according to officials"), an agentless or crowd passive ("it was soon
/// revealed", "widely viewed"), and hedges ("reportedly"). One pass over the tokens; the walks
/// beside a cue are bounded, so the cost is linear in the sentence's length.
///
/// Fields: `source` (as written, or null), `sourceType` (person, organization, vague, none),
/// `cue`, `quote` (direct, indirect, none), `hedged`.
public struct AttributionRecognizer: Sendable {
    private let lexicon: AttributionLexicon

    public init(_ configuration: AttributionConfiguration) {
        lexicon = AttributionLexicon(configuration)
    }

    public func recognize(_ sentence: SentenceView) -> [Recognition] {
        let hedges = hedgeRanges(in: sentence)
        var found: [Attribution] = []
        var index = lexicon.furniture.end(in: sentence, lexicon: lexicon) ?? sentence.tokenRange.lowerBound
        var finder = SourceFinder(lexicon: lexicon, sentence: sentence, lowerBound: index)
        while index < sentence.tokenRange.upperBound {
            if lexicon.mayStartAttribution(sentence, index),
               let attribution = impersonal(at: index, in: sentence) ?? cueBeforeSource(at: index, finder)
                ?? cue(at: index, finder) {
                found.append(attribution)
                index = attribution.last + 1
                finder = SourceFinder(lexicon: lexicon, sentence: sentence, lowerBound: index)
            } else {
                index += 1
            }
        }
        for hedge in hedges where !found.contains(where: { $0.first <= hedge.lowerBound && hedge.upperBound - 1 <= $0.last }) {
            found.append(Attribution(first: hedge.lowerBound, last: hedge.upperBound - 1, source: nil, sourceType: .none,
                                     cue: hedge, quote: .indirect))
        }
        return found.sorted { $0.first < $1.first }.map { recognition($0, in: sentence, hedges: hedges) }
    }

    // MARK: the shapes of an attribution

    /// "it was soon revealed", "is believed" (no source), "widely viewed" (a vague crowd).
    private func impersonal(at index: Int, in sentence: SentenceView) -> Attribution? {
        let isAdverb = { lexicon.isAdverb(sentence, $0) }
        let agentless = lexicon.agentless.match(in: sentence, at: index, isAdverb: isAdverb)
        let crowd = lexicon.vaguePassives.match(in: sentence, at: index, isAdverb: isAdverb)
        guard let last = max(agentless ?? -1, crowd ?? -1) as Int?, last >= 0 else { return nil }
        let type: SourceType = last == agentless ? .none : .vague
        return Attribution(first: index, last: last, source: nil, sourceType: type, cue: last..<last + 1,
                           quote: quote(after: last, in: sentence))
    }

    /// "according to officials": the source follows the cue.
    private func cueBeforeSource(at index: Int, _ finder: SourceFinder) -> Attribution? {
        guard let length = lexicon.phrase(lexicon.cuesBeforeSource, in: finder.sentence, at: index),
              let source = finder.source(startingAt: index + length) else { return nil }
        return Attribution(first: index, last: source.last, source: source, sourceType: source.type,
                           cue: index..<index + length, quote: .indirect)
    }

    /// "The MEK has variously pointed out", "many people who participated … said",
    /// "reports have emerged", "\"…,\" said the minister", "was revealed by the MEK".
    private func cue(at index: Int, _ finder: SourceFinder) -> Attribution? {
        let sentence = finder.sentence
        let general = lexicon.phrase(lexicon.cues, in: sentence, at: index)
        guard let length = general ?? lexicon.phrase(lexicon.vagueCues, in: sentence, at: index) else { return nil }
        let needsVagueSource = general == nil
        // "Editor's note", "the ministry's report": a noun after a possessive, not the verb.
        if lexicon.isPossessive(sentence, index - 1), !lexicon.isVerbOnly(sentence, index) { return nil }
        let cue = index..<index + length
        // "Multiple reports", "media reports": a noun ending a vague source, not the verb.
        if let vague = finder.vagueSource(endingAt: cue.upperBound - 1), vague.first < index { return nil }
        var end = index - 1
        var isPassive = false
        while end >= finder.lowerBound, index - end <= 4,
              lexicon.isAuxiliary(sentence, end) || lexicon.isAdverb(sentence, end) {
            isPassive = isPassive || lexicon.isBeForm(sentence, end)
            end -= 1
        }
        if isPassive && !endsInIng(cue.upperBound - 1, sentence) {
            guard !needsVagueSource, lexicon.isWord(sentence, cue.upperBound, "by"),
                  let agent = finder.source(startingAt: cue.upperBound + 1) else { return nil }
            return Attribution(first: index, last: agent.last, source: agent, sourceType: agent.type, cue: cue,
                               quote: .indirect)
        }
        if let source = finder.source(endingAt: end) ?? finder.sourceBeforeRelativeClause(endingAt: end) {
            guard !needsVagueSource || source.type == .vague else { return nil }
            return Attribution(first: source.first, last: cue.upperBound - 1, source: source, sourceType: source.type,
                               cue: cue, quote: quote(around: source.first, cue: cue, in: sentence))
        }
        // "\"We will win,\" said the minister."
        guard !needsVagueSource, end == index - 1,
              lexicon.isPunctuation(sentence, end, UInt8(ascii: ",")) || lexicon.isPunctuation(sentence, end, UInt8(ascii: "\"")),
              let source = finder.source(startingAt: cue.upperBound) else { return nil }
        return Attribution(first: index, last: source.last, source: source, sourceType: source.type, cue: cue,
                           quote: quote(around: index, cue: cue, in: sentence))
    }

    // MARK: quotes and hedges

    /// Direct when a quotation mark opens after the cue ("said: “…”") or closes just before
    /// the attribution ("“…,” he said"); none when nothing follows the cue; indirect otherwise.
    private func quote(around first: Int, cue: Range<Int>, in sentence: SentenceView) -> QuoteKind {
        var before = first - 1
        if lexicon.isPunctuation(sentence, before, UInt8(ascii: ",")) { before -= 1 }
        if lexicon.isPunctuation(sentence, before, UInt8(ascii: "\"")) { return .direct }
        return quote(after: cue.upperBound - 1, in: sentence)
    }

    private func quote(after last: Int, in sentence: SentenceView) -> QuoteKind {
        var next = last + 1
        if lexicon.isPunctuation(sentence, next, UInt8(ascii: ":")) || lexicon.isPunctuation(sentence, next, UInt8(ascii: ",")) {
            next += 1
        }
        if lexicon.isPunctuation(sentence, next, UInt8(ascii: "\"")) { return .direct }
        let isEnd = !sentence.tokenRange.contains(next) || [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
            .contains { lexicon.isPunctuation(sentence, next, $0) }
        return isEnd || lexicon.isWord(sentence, next, "nothing") ? .none : .indirect
    }

    private func hedgeRanges(in sentence: SentenceView) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = sentence.tokenRange.lowerBound
        while index < sentence.tokenRange.upperBound {
            if let length = lexicon.phrase(lexicon.hedges, in: sentence, at: index) {
                ranges.append(index..<index + length)
                index += length
            } else {
                index += 1
            }
        }
        return ranges
    }

    private func endsInIng(_ index: Int, _ sentence: SentenceView) -> Bool {
        let range = sentence[index].range
        return range.count > 4 && sentence.text.bytes[(range.upperBound - 3)..<range.upperBound].elementsEqual("ing".utf8)
    }

    // MARK: output

    private func recognition(_ attribution: Attribution, in sentence: SentenceView, hedges: [Range<Int>]) -> Recognition {
        let text = sentence.text
        func string(_ first: Int, _ last: Int) -> String {
            text.string(sentence[first].range.lowerBound..<sentence[last].range.upperBound)
        }
        let hedged = hedges.contains { attribution.first <= $0.lowerBound && $0.upperBound - 1 <= attribution.last }
        let source: FieldValue = attribution.source.map { .string(string($0.first, $0.last)) } ?? .null
        return Recognition(
            byteRange: sentence[attribution.first].range.lowerBound..<sentence[attribution.last].range.upperBound,
            fields: [
                "source": source,
                "sourceType": .string(attribution.sourceType.rawValue),
                "cue": .string(string(attribution.cue.lowerBound, attribution.cue.upperBound - 1)),
                "quote": .string(attribution.quote.rawValue),
                "hedged": .bool(hedged),
            ])
    }
}

/// One attribution found in a sentence, as token indices.
private struct Attribution {
    var first: Int
    var last: Int
    var source: SourcePhrase?
    var sourceType: SourceType
    var cue: Range<Int>
    var quote: QuoteKind
}
