import AssayCore

/// Finds who a sentence says says so: a source with a cue ("The MEK has variously pointed out",
/// "said Mr Smith", "according to officials"), an agentless or crowd passive ("it was soon
/// revealed", "widely viewed"), and hedges ("reportedly"). One pass over the tokens; the walks
/// beside a cue are bounded, so the cost is linear in the sentence's length.
///
/// Fields: `source` (as written, or null), `sourceType` (person, organization, vague, anonymous,
/// none), `cue`, `quote` (direct, indirect, none), `hedged`, `continued` (a sentence of a
/// quotation whose speaker an earlier sentence named), `anonymity` (declared or unnamed, for an
/// anonymous source; else null).
public struct AttributionRecognizer: Sendable {
    private let lexicon: AttributionLexicon

    public init(_ configuration: AttributionConfiguration) {
        lexicon = AttributionLexicon(configuration)
    }

    /// The attributions of one sentence read on its own.
    public func recognize(_ sentence: SentenceView) -> [Recognition] {
        var context = AttributionContext()
        return recognize(sentence, paragraph: 0, context: &context)
    }

    /// The attributions of a document's next sentence. `context` carries, from the sentences
    /// before it, whether a quotation is open and who spoke last: words inside a quotation are
    /// the speaker's, not new attributions ("“Nobody can say…,” Park said" names Park only),
    /// and a quotation continued over several sentences stays attributed to its speaker.
    public func recognize(_ sentence: SentenceView, paragraph: Int, context: inout AttributionContext) -> [Recognition] {
        let quotes = QuotationMarks(sentence, lexicon: lexicon, context: &context, paragraph: paragraph)
        let hedges = hedgeRanges(in: sentence).filter { !quotes.isQuoted($0.lowerBound) }
        var found: [Attribution] = []
        var index = lexicon.furniture.end(in: sentence, lexicon: lexicon) ?? sentence.tokenRange.lowerBound
        var finder = SourceFinder(lexicon: lexicon, sentence: sentence, lowerBound: index)
        while index < sentence.tokenRange.upperBound {
            if !quotes.isQuoted(index),
               let attribution = lexicon.mayStartAttribution(sentence, index)
                ? impersonal(at: index, in: sentence) ?? cueBeforeSource(at: index, finder) ?? cue(at: index, finder, previous: found.last?.source)
                : speakerLabel(at: index, finder) {
                found.append(attribution)
                index = attribution.last + 1
                finder = SourceFinder(lexicon: lexicon, sentence: sentence, lowerBound: index)
            } else {
                index += 1
            }
        }
        if found.contains(where: { [.person, .vague].contains($0.sourceType) && !isPronoun($0.source, sentence) }),
           lexicon.mentionsAnonymity(sentence) {
            for position in found.indices where [.person, .vague].contains(found[position].sourceType)
                && !isPronoun(found[position].source, sentence) {
                found[position].sourceType = .anonymous
            }
        }
        var recognitions = found.map { recognition($0, in: sentence, hedges: hedges) }
        if let speaker = recognitions.last(where: { $0.fields["source"] != .null }) {
            context.speaker = speaker.fields
        } else if recognitions.isEmpty, quotes.continuesQuotation, let speaker = context.speaker {
            recognitions.append(continuation(of: speaker, in: sentence))
        }
        for hedge in hedges where !found.contains(where: { $0.first <= hedge.lowerBound && hedge.upperBound - 1 <= $0.last }) {
            let attribution = Attribution(first: hedge.lowerBound, last: hedge.upperBound - 1, source: nil, sourceType: .none,
                                          cue: hedge, quote: .indirect)
            recognitions.append(recognition(attribution, in: sentence, hedges: hedges))
        }
        return recognitions.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
    }

    /// A sentence of a quotation whose speaker an earlier sentence named: the whole sentence,
    /// with that speaker's source, type and cue.
    private func continuation(of speaker: [String: FieldValue], in sentence: SentenceView) -> Recognition {
        var fields = speaker
        fields["quote"] = .string(QuoteKind.direct.rawValue)
        fields["hedged"] = .bool(false)
        fields["continued"] = .bool(true)
        return Recognition(byteRange: sentence.byteRange, fields: fields)
    }

    private func isPronoun(_ source: SourcePhrase?, _ sentence: SentenceView) -> Bool {
        guard let source else { return true }
        return source.first == source.last && lexicon.pronounType(sentence, source.first) != nil
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

    /// "Mark Cuban: “A businessman can run this country…”": a name and a colon before a quotation.
    private func speakerLabel(at colon: Int, _ finder: SourceFinder) -> Attribution? {
        let sentence = finder.sentence
        // The label opens the sentence or follows a dash: after "He told BBC Sport:" the
        // speaker is the subject, already read.
        guard lexicon.isPunctuation(sentence, colon, UInt8(ascii: ":")),
              let source = finder.source(endingAt: colon - 1), [.person, .organization].contains(source.type),
              lexicon.isNameWord(sentence, source.last),
              source.first == sentence.tokenRange.lowerBound || isDash(source.first - 1, sentence)
                && !lexicon.isPunctuation(sentence, source.first - 1, UInt8(ascii: ",")),
              lexicon.isQuoteMark(sentence, colon + 1) else { return nil }
        return Attribution(first: source.first, last: colon, source: source, sourceType: source.type,
                           cue: colon..<colon + 1, quote: .direct)
    }

    /// "according to officials": the source follows the cue.
    private func cueBeforeSource(at index: Int, _ finder: SourceFinder) -> Attribution? {
        guard let length = lexicon.phrase(lexicon.cuesBeforeSource, in: finder.sentence, at: index),
              let source = finder.source(startingAt: index + length)
                // Any noun phrase after "according to" is its source; after "citing" it may be a reason.
                ?? (lexicon.isWord(finder.sentence, index, "according") ? finder.clauseObject(startingAt: index + length) : nil)
        else { return nil }
        return Attribution(first: index, last: source.last, source: source, sourceType: source.type,
                           cue: index..<index + length, quote: .indirect)
    }

    /// "The MEK has variously pointed out", "many people who participated … said",
    /// "reports have emerged", "\"…,\" said the minister", "was revealed by the MEK".
    private func cue(at index: Int, _ finder: SourceFinder, previous: SourcePhrase?) -> Attribution? {
        let sentence = finder.sentence
        let general = lexicon.phrase(lexicon.cues, in: sentence, at: index)
        let quoting = general == nil ? lexicon.phrase(lexicon.quotationCues, in: sentence, at: index) : nil
        let attribution = cue(at: index, finder, previous: previous, general: general, quoting: quoting)
        return quoting == nil || attribution?.quote == .direct ? attribution : nil
    }

    private func cue(at index: Int, _ finder: SourceFinder, previous: SourcePhrase?, general: Int?, quoting: Int?) -> Attribution? {
        let sentence = finder.sentence
        guard let length = general ?? quoting ?? lexicon.phrase(lexicon.vagueCues, in: sentence, at: index) else { return nil }
        let needsVagueSource = general == nil && quoting == nil
        // "Editor's note", "the ministry's report": a noun after a possessive, not the verb.
        if lexicon.isPossessive(sentence, index - 1), !lexicon.isVerbOnly(sentence, index) { return nil }
        let cue = index..<index + length
        if isInAsideBeforeSaying(cue, sentence) { return nil }
        // "Multiple reports", "media reports": a noun ending a vague source, not the verb.
        if let vague = finder.vagueSource(endingAt: cue.upperBound - 1), vague.first < index { return nil }
        var end = index - 1
        var isPassive = false
        while end >= finder.lowerBound, index - end <= 5,
              lexicon.isAuxiliary(sentence, end) || lexicon.isAdverb(sentence, end) || lexicon.isTimeWord(sentence, end) {
            isPassive = isPassive || lexicon.isBeForm(sentence, end)
            end -= 1
        }
        if isPassive && !endsInIng(cue.upperBound - 1, sentence) {
            guard !needsVagueSource, lexicon.isWord(sentence, cue.upperBound, "by"),
                  let agent = finder.source(startingAt: cue.upperBound + 1) else { return nil }
            return Attribution(first: index, last: agent.last, source: agent, sourceType: agent.type, cue: cue,
                               quote: .indirect)
        }
        // "a sentiment ⟨endorsed by⟩ the 10,000 people in the arena", "The bill, ⟨opposed by⟩
        // House Republicans,": a participle and its agent.
        if !needsVagueSource, end == index - 1, endsInEd(cue.upperBound - 1, sentence), lexicon.isWord(sentence, cue.upperBound, "by"),
           let agent = finder.source(startingAt: cue.upperBound + 1) {
            return Attribution(first: index, last: agent.last, source: agent, sourceType: agent.type, cue: cue, quote: .indirect)
        }
        let known = finder.source(endingAt: end) ?? finder.sourceBeforeRelativeClause(endingAt: end)
            ?? finder.sourceBeforePostModifier(endingAt: end)
            // An unknown noun is a source only before a verb of saying: "The actress said", not
            // "an exile community called".
            ?? (lexicon.isVerbOnly(sentence, index) ? finder.commonNounSource(endingAt: end) : nil)
            ?? finder.sourceBeforeDashedAside(endingAt: end, clauseSubject: lexicon.isVerbOnly(sentence, index))
        // The noun phrase opening the clause, when nothing nearer was read: before a verb of
        // saying that says something ("The election in Iran said little" is no attribution), or
        // before a vague cue when it names a document ("⟨New polls released Sunday⟩ showed").
        // "Polls show", "the study found": a vague cue needs an unnamed source or a document.
        let knownFits = known.map { !needsVagueSource || [.vague, .anonymous].contains($0.type) || lexicon.isDocument(sentence, $0.last) }
        // A document named at the head of a longer subject: "⟨A study by the watchdog group Media
        // Matters⟩ found", where the nearest source read is the group.
        let subject = knownFits != true ? finder.clauseSubject(endingAt: end).flatMap { subject -> SourcePhrase? in
            if needsVagueSource {
                return (subject.first...subject.last).contains { lexicon.isDocument(sentence, $0) } ? subject : nil
            }
            return known == nil && lexicon.isVerbOnly(sentence, index) && quote(after: cue.upperBound - 1, in: sentence) != .none ? subject : nil
        } : nil
        if let source = subject ?? (knownFits == true ? known : nil) {
            let quote = quote(around: source.first, cue: cue, in: sentence)
            // "Big claim" (a heading): a cue that may be a noun, with nothing after it, is one;
            // not when a comma sets it after what it attributes ("…, new filings show.").
            if quote == .none, length == 1, !lexicon.isVerbOnly(sentence, index), !endsInEd(index, sentence),
               !lexicon.isPunctuation(sentence, source.first - 1, UInt8(ascii: ",")) { return nil }
            return Attribution(first: source.first, last: cue.upperBound - 1, source: source, sourceType: source.type,
                               cue: cue, quote: quote)
        }
        // "\"We will win,\" said the minister."
        // "…, said that polling showed": "that" opens what was said, not a source.
        if !needsVagueSource, end == index - 1, !endsInIng(index, sentence), !lexicon.isWord(sentence, cue.upperBound, "that"),
           lexicon.isPunctuation(sentence, end, UInt8(ascii: ",")) || lexicon.isQuoteMarkEnd(sentence, end),
           let source = finder.source(startingAt: cue.upperBound)
            ?? (lexicon.isVerbOnly(sentence, index) ? finder.commonNounSource(startingAt: cue.upperBound) : nil) {
            return Attribution(first: index, last: source.last, source: source, sourceType: source.type, cue: cue,
                               quote: quote(around: index, cue: cue, in: sentence))
        }
        // "He criticized the plan ⟨and said⟩ it would fail", "Clinton urged women to vote⟨, saying⟩…":
        // the subject of the sentence.
        // "…, while also ⟨suggesting⟩", "has soared in the polls by ⟨saying⟩": a participle after a
        // conjunction or a preposition of manner or time.
        let joins = lexicon.isWord(sentence, end, "and") || lexicon.isWord(sentence, end, "but")
            || endsInIng(index, sentence) && (isDash(end, sentence) || Self.participleLeads.contains { lexicon.isWord(sentence, end, $0) })
        guard !needsVagueSource, joins, let source = previous ?? finder.subject() else { return nil }
        return Attribution(first: min(source.first, index), last: cue.upperBound - 1, source: source,
                           sourceType: source.type, cue: cue, quote: quote(after: cue.upperBound - 1, in: sentence))
    }

    private static let participleLeads = ["while", "by", "after", "before", "when"]

    /// Whether the cue is the verb of a clause set off by commas that a verb of saying follows:
    /// "Cruz, who has ⟨proposed⟩ repealing the mandate, said…" is Cruz saying, not proposing.
    private func isInAsideBeforeSaying(_ cue: Range<Int>, _ sentence: SentenceView) -> Bool {
        var start = cue.lowerBound - 1
        while start > sentence.tokenRange.lowerBound, cue.lowerBound - start <= 4,
              lexicon.isAuxiliary(sentence, start) || lexicon.isAdverb(sentence, start) {
            start -= 1
        }
        guard lexicon.isRelativePronoun(sentence, start), lexicon.isPunctuation(sentence, start - 1, UInt8(ascii: ",")) else { return false }
        var close = cue.upperBound
        while close < sentence.tokenRange.upperBound, close - cue.upperBound < Self.longestAside {
            if lexicon.isPunctuation(sentence, close, UInt8(ascii: ",")) {
                var next = close + 1
                while lexicon.isAdverb(sentence, next) { next += 1 }
                return lexicon.phrase(lexicon.cues, in: sentence, at: next) != nil && lexicon.isVerbOnly(sentence, next)
            }
            if [UInt8(ascii: "\""), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")")]
                .contains(where: { lexicon.isPunctuation(sentence, close, $0) }) { return false }
            close += 1
        }
        return false
    }

    private static let longestAside = 16

    // MARK: quotes and hedges

    /// Direct when a quotation mark opens after the cue ("said: “…”") or closes just before
    /// the attribution ("“…,” he said"); none when nothing follows the cue; indirect otherwise.
    private func quote(around first: Int, cue: Range<Int>, in sentence: SentenceView) -> QuoteKind {
        var before = first - 1
        if lexicon.isPunctuation(sentence, before, UInt8(ascii: ",")) { before -= 1 }
        if lexicon.isQuoteMarkEnd(sentence, before) { return .direct }
        return quote(after: cue.upperBound - 1, in: sentence)
    }

    private func quote(after last: Int, in sentence: SentenceView) -> QuoteKind {
        var next = last + 1
        if lexicon.isPunctuation(sentence, next, UInt8(ascii: ":")) || lexicon.isPunctuation(sentence, next, UInt8(ascii: ",")) {
            next += 1
        }
        if lexicon.isQuoteMark(sentence, next) { return .direct }
        let isEnd = !sentence.tokenRange.contains(next) || [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
            .contains { lexicon.isPunctuation(sentence, next, $0) }
        return isEnd || lexicon.isWord(sentence, next, "nothing") || lexicon.isWord(sentence, next, "little") ? .none : .indirect
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

    private func endsInIng(_ index: Int, _ sentence: SentenceView) -> Bool { endsIn("ing", index, sentence) }
    private func endsInEd(_ index: Int, _ sentence: SentenceView) -> Bool { endsIn("ed", index, sentence) }

    /// A comma or a dash: what stands before a participle cue ("…, saying").
    private func isDash(_ index: Int, _ sentence: SentenceView) -> Bool {
        guard sentence.tokenRange.contains(index), sentence[index].kind == .punctuation else { return false }
        let bytes = sentence.text.bytes[sentence[index].range]
        return [",", "-", "\u{2013}", "\u{2014}"].contains { bytes.elementsEqual($0.utf8) }
    }

    private func endsIn(_ suffix: String, _ index: Int, _ sentence: SentenceView) -> Bool {
        let range = sentence[index].range
        let count = suffix.utf8.count
        return range.count > count + 1 && sentence.text.bytes[(range.upperBound - count)..<range.upperBound].elementsEqual(suffix.utf8)
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
                "continued": .bool(false),
                "anonymity": anonymity(attribution, in: sentence),
            ])
    }

    /// How an anonymous source is anonymous: `declared` by its own words ("sources familiar
    /// with", "on condition of anonymity"), or only `unnamed` ("a spokesman said", ordinary in
    /// news); null for every other source.
    private func anonymity(_ attribution: Attribution, in sentence: SentenceView) -> FieldValue {
        guard attribution.sourceType == .anonymous, let source = attribution.source else { return .null }
        let declared = (source.first...source.last).contains { lexicon.vagueSource(in: sentence, at: $0)?.type == .anonymous }
            || lexicon.mentionsAnonymity(sentence)
        return .string(declared ? "declared" : "unnamed")
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
