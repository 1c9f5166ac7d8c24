/// A source found in a sentence: its first and last token and what it names.
struct SourcePhrase: Equatable {
    var first: Int
    var last: Int
    var type: SourceType
}

/// Reads the source of a cue from the tokens beside it: a pronoun ("he"), a vague source
/// ("many people"), or a name or title ("The MEK", "the foreign minister"), with an apposition
/// ("Mrs. Maryam Rajavi, the President-elect of NCRI") or a post-modifier ("officials in
/// Tehran"). Every walk is bounded, so the cost per cue is constant.
struct SourceFinder {
    let lexicon: AttributionLexicon
    let sentence: SentenceView
    /// No source reaches before this token (the end of the previous recognition).
    let lowerBound: Int

    private static let longestName = 24
    private static let longestRelativeClause = 20
    private static let longestPostModifier = 10
    private static let longestClauseSubject = 8
    private static let longestClauseObject = 12
    private static let longestOpeningPhrase = 12
    private static let longestOpeningAside = 24
    private static let longestDashedAside = 12

    /// The source whose last token is `end`, read leftwards from the cue.
    func source(endingAt end: Int) -> SourcePhrase? {
        guard end >= lowerBound, sentence.tokenRange.contains(end) else { return nil }
        if lexicon.isPunctuation(sentence, end, UInt8(ascii: ",")) {
            return trailingApposition(before: end) ?? sourceBeforeAside(endingAt: end) ?? openingNameBeforeAside(endingAt: end)
        }
        if lexicon.isPunctuation(sentence, end, UInt8(ascii: ")")) { return sourceBeforeParentheses(endingAt: end) }
        if let proportion = proportionSource(endingAt: end) { return proportion }
        // "⟨Joseph R. Biden Jr.⟩ said": a name ending in an abbreviation's dot.
        if lexicon.isPunctuation(sentence, end, UInt8(ascii: ".")), lexicon.isAbbreviation(sentence, end - 1),
           let name = name(endingAt: end - 1) {
            return SourcePhrase(first: name.first, last: end, type: name.type)
        }
        guard let phrase = phrase(endingAt: end), let modified = withPostModifier(phrase) else { return nil }
        return withLeadingApposition(modified)
    }

    /// The antecedent of a relative clause that ends at `end`: "many people ⟨who participated in
    /// the election⟩ said", "Mostafa Pourmohammadi, ⟨who also served … and⟩ declared".
    func sourceBeforeRelativeClause(endingAt end: Int) -> SourcePhrase? {
        var index = end
        while index >= lowerBound, sentence.tokenRange.contains(index), end - index < Self.longestRelativeClause {
            if isClauseBoundary(index) { return nil }
            if lexicon.isRelativePronoun(sentence, index) {
                let last = lexicon.isPunctuation(sentence, index - 1, UInt8(ascii: ",")) ? index - 2 : index - 1
                // The antecedent may be a preposition's object: "was steep for ⟨Mr. Sanders⟩, who said".
                return source(endingAt: last) ?? phrase(endingAt: last)
            }
            index -= 1
        }
        return nil
    }

    /// The source whose first token is `start`, read rightwards: "according to ⟨officials⟩",
    /// "said ⟨the minister⟩", "revealed by ⟨the MEK⟩".
    func source(startingAt start: Int) -> SourcePhrase? {
        guard sentence.tokenRange.contains(start) else { return nil }
        if let type = lexicon.pronounType(sentence, start) { return SourcePhrase(first: start, last: start, type: type) }
        var vagueStart = start
        while vagueStart - start < 2, lexicon.isQuantifier(sentence, vagueStart),
              lexicon.vagueSource(in: sentence, at: vagueStart) == nil {
            vagueStart += 1
        }
        if let (length, type) = lexicon.vagueSource(in: sentence, at: vagueStart) {
            let vague = SourcePhrase(first: start, last: vagueStart + length - 1, type: type)
            return withPostModifier(after: vague)
        }
        guard let named = name(startingAt: start) else { return nil }
        return lexicon.isDocument(sentence, named.last) ? withOwner(document: named) : named
    }

    /// "a report ⟨by the Harbor Institute⟩": a document's source is its owner, whose type it takes.
    private func withOwner(document: SourcePhrase) -> SourcePhrase {
        let preposition = document.last + 1
        guard lexicon.isWord(sentence, preposition, "by") || lexicon.isWord(sentence, preposition, "from")
                || lexicon.isWord(sentence, preposition, "of"),
              let owner = name(startingAt: preposition + 1) else { return document }
        return SourcePhrase(first: document.first, last: owner.last, type: owner.type == .anonymous ? .vague : owner.type)
    }

    /// "officials ⟨in Tehran⟩", read rightwards.
    private func withPostModifier(after phrase: SourcePhrase) -> SourcePhrase {
        var preposition = phrase.last + 1
        if lexicon.isPrepositionLead(sentence, preposition) { preposition += 1 }
        guard lexicon.isPreposition(sentence, preposition),
              let object = name(startingAt: preposition + 1) else { return phrase }
        return SourcePhrase(first: phrase.first, last: object.last, type: phrase.type)
    }

    private func name(startingAt start: Int) -> SourcePhrase? {
        var index = lexicon.isDeterminer(sentence, start) ? start + 1 : start
        var last: Int?
        while sentence.tokenRange.contains(index), index - start < Self.longestName {
            if lexicon.isNameWord(sentence, index) || lexicon.isHeadNoun(sentence, index) {
                last = index
            } else if last != nil, isInnerLink(index) {
                // a connector, "the" after one, or the dot of an abbreviation: kept only if a word follows
            } else if last == nil, lexicon.isModifier(sentence, index) {
                // "the ⟨foreign⟩ minister"
            } else {
                break
            }
            index += 1
        }
        guard let last else { return nil }
        return SourcePhrase(first: start, last: last, type: type(from: start, to: last))
    }

    // MARK: phrases read leftwards

    private func phrase(endingAt end: Int) -> SourcePhrase? {
        if let type = lexicon.pronounType(sentence, end) { return SourcePhrase(first: end, last: end, type: type) }
        return vagueSource(endingAt: end) ?? name(endingAt: end)
    }

    func vagueSource(endingAt end: Int) -> SourcePhrase? {
        let earliest = max(lowerBound, end - lexicon.longestVagueSource + 1)
        guard earliest <= end else { return nil }
        for start in earliest...end {
            guard let (length, type) = lexicon.vagueSource(in: sentence, at: start), length == end - start + 1 else { continue }
            var first = start
            // "Some experts", "Environmental groups", "many local residents".
            var words = 0
            while first - 1 >= lowerBound, words < 2, isVagueModifier(first - 1) {
                first -= 1
                words += 1
            }
            return SourcePhrase(first: first, last: end, type: type)
        }
        return nil
    }

    /// A quantifier or a lower-case modifier before a vague source, or the capitalised word
    /// opening the sentence ("Environmental groups").
    private func isVagueModifier(_ index: Int) -> Bool {
        if lexicon.isQuantifier(sentence, index) || lexicon.isModifier(sentence, index) || lexicon.isNumber(sentence, index) {
            return true
        }
        return index == sentence.tokenRange.lowerBound && lexicon.isNameWord(sentence, index)
    }

    /// A vague or anonymous source with a post-modifier ending at `end`: "⟨sources⟩ familiar
    /// with the negotiations", "⟨a spokesperson⟩ for the city's parks department".
    func sourceBeforePostModifier(endingAt end: Int) -> SourcePhrase? {
        var index = end
        while index > lowerBound, end - index < Self.longestPostModifier {
            guard lexicon.isWord(sentence, index), lexicon.pronounType(sentence, index) == nil,
                  !lexicon.isAuxiliary(sentence, index), !lexicon.isRelativePronoun(sentence, index),
                  !lexicon.isWord(sentence, index, "that") else { return nil }
            if lexicon.isPreposition(sentence, index), index < end {
                let headEnd = lexicon.isPrepositionLead(sentence, index - 1) ? index - 2 : index - 1
                if let head = vagueSource(endingAt: headEnd) ?? name(endingAt: headEnd) {
                    guard head.type != .person || lexicon.isIndefinite(sentence, head.first) else { return nil }
                    return SourcePhrase(first: head.first, last: end, type: head.type)
                }
            }
            index -= 1
        }
        return nil
    }

    /// A name or title ending at `end`: capitalised words, connectors ("of", "and"), the dots of
    /// abbreviations, lower-case head nouns and up to two modifiers before one, and a determiner.
    private func name(endingAt end: Int) -> SourcePhrase? {
        guard lexicon.isNameWord(sentence, end) || lexicon.isHeadNoun(sentence, end) else { return nil }
        var first = end
        var modifiers = 0
        var index = end - 1
        while index >= lowerBound, end - index < Self.longestName {
            if lexicon.isNameWord(sentence, index) || (modifiers == 0 && lexicon.isHeadNoun(sentence, index)) {
                first = index
                modifiers = 0
            } else if lexicon.isDeterminer(sentence, index) {
                if lexicon.isConnector(sentence, index - 1) { index -= 1; continue }
                first = index
                break
            } else if isInnerLink(index) {
                // kept only if a word before it joins the name
            } else if lexicon.isModifier(sentence, index), modifiers < 2, index + 1 == first - modifiers,
                      lexicon.isHeadNoun(sentence, first) {
                modifiers += 1
            } else {
                break
            }
            index -= 1
        }
        return SourcePhrase(first: first, last: end, type: type(from: first, to: end))
    }

    /// A connector, or the dot or comma inside "D.C." and "Washington, D.C.".
    private func isInnerLink(_ index: Int) -> Bool {
        if lexicon.isConnector(sentence, index) { return true }
        if lexicon.isPunctuation(sentence, index, UInt8(ascii: ".")) { return lexicon.isAbbreviation(sentence, index - 1) }
        if lexicon.isPunctuation(sentence, index, UInt8(ascii: ",")) {
            return lexicon.isNameWord(sentence, index - 1) && lexicon.isAbbreviation(sentence, index + 1)
                && lexicon.isPunctuation(sentence, index + 2, UInt8(ascii: "."))
        }
        return false
    }

    private func isClauseBoundary(_ index: Int) -> Bool {
        [UInt8(ascii: "\""), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")")]
            .contains { lexicon.isPunctuation(sentence, index, $0) }
    }

    // MARK: appositions and post-modifiers

    /// "officials ⟨in Tehran⟩", "sources ⟨close to the government⟩"; a phrase after any other
    /// preposition is its object, not a source.
    private func withPostModifier(_ phrase: SourcePhrase) -> SourcePhrase? {
        var preposition = phrase.first - 1
        guard preposition >= lowerBound, lexicon.isPreposition(sentence, preposition) else { return phrase }
        if lexicon.isPrepositionLead(sentence, preposition - 1) { preposition -= 1 }
        guard let head = self.phrase(endingAt: preposition - 1), !isPronoun(head) else { return nil }
        return SourcePhrase(first: head.first, last: phrase.last, type: head.type)
    }

    /// A source and an aside between commas before the cue: an apposition, kept in the source
    /// ("⟨Eswar Prasad, a professor of economics at Cornell University⟩, said"), or a participle
    /// clause, left out ("⟨Two officials⟩, speaking on condition of anonymity, said").
    private func sourceBeforeAside(endingAt comma: Int) -> SourcePhrase? {
        var index = comma - 1
        while index > lowerBound, comma - index < Self.longestRelativeClause {
            if isClauseBoundary(index) { return nil }
            if lexicon.isPunctuation(sentence, index, UInt8(ascii: ",")) {
                guard index + 1 < comma else { return nil }
                let first = index + 1
                guard let head = phrase(endingAt: index - 1), !isPronoun(head) else {
                    // "Another delegate on the Cruz slate, ⟨Jim Poolman⟩, said": the aside is the name.
                    guard let name = name(endingAt: comma - 1), name.first >= first, name.type == .person,
                          lexicon.isNameWord(sentence, comma - 1),
                          (first..<name.first).allSatisfy({ lexicon.isModifier(sentence, $0) }) else { return nil }
                    return name
                }
                if isParticiple(first) || isDiscourseAside(first..<comma) { return head }
                // "⟨Mr. Regalado, 69,⟩ said", "⟨Mitch McConnell, R-Ky.,⟩ said": an age or a party and state.
                if isAgeOrParty(first..<comma), head.type != .vague {
                    return SourcePhrase(first: head.first, last: comma, type: head.type)
                }
                // "a professor of economics", "Sanders' campaign manager", "of RBC Capital Markets".
                // "another unaligned Iowa Republican strategist", "syndicated radio host Dennis Prager".
                let isApposition = lexicon.isDeterminer(sentence, first) || lexicon.isWord(sentence, first, "of")
                    || lexicon.isIndefinite(sentence, first)
                    || (first..<comma).contains { lexicon.isPersonWord(sentence, $0) }
                    || head.type == .person && lexicon.isModifier(sentence, first) && lexicon.isNameWord(sentence, comma - 1)
                guard isApposition, head.type != .vague, head.type != .anonymous else {
                    // "one prominent conservative, ⟨syndicated radio host Dennis Prager⟩, said": the aside names them.
                    guard [.vague, .anonymous].contains(head.type), let name = name(endingAt: comma - 1),
                          name.first >= first, name.type == .person, lexicon.isNameWord(sentence, comma - 1) else { return nil }
                    return name
                }
                return SourcePhrase(first: head.first, last: comma - 1,
                                    type: merged(head.type, type(from: first, to: comma - 1)))
            }
            index -= 1
        }
        return nil
    }

    /// The name opening the sentence and everything said of it up to the comma before the cue:
    /// "⟨Marley Anderson, 21, a junior from Las Vegas,⟩ said", "⟨Rachel Berg, a philanthropist
    /// from Monsey, New York,⟩ said" (asides with commas of their own), "⟨Rep. Elijah Cummings
    /// (D-Md.), chair of the committee,⟩ said", "⟨Sen. Jack Reed (D-R.I.)⟩, said".
    private func openingNameBeforeAside(endingAt comma: Int) -> SourcePhrase? {
        var start = sentence.tokenRange.lowerBound
        if lexicon.isWord(sentence, start, "but") || lexicon.isWord(sentence, start, "and") { start += 1 }
        guard start >= lowerBound, comma - start <= Self.longestOpeningAside,
              let name = name(startingAt: start), name.type == .person, lexicon.isNameWord(sentence, name.last)
        else { return nil }
        let afterName = afterParentheses(name.last + 1)
        if afterName == comma { return SourcePhrase(first: name.first, last: comma - 1, type: .person) }
        guard lexicon.isPunctuation(sentence, afterName, UInt8(ascii: ",")), afterName < comma,
              !(afterName..<comma).contains(where: { isClauseBoundary($0) || lexicon.isRelativePronoun(sentence, $0) })
        else { return nil }
        return SourcePhrase(first: name.first, last: comma - 1, type: .person)
    }

    /// The token after a parenthesis opening at `index` and closing within a few words; `index`
    /// itself when none opens there.
    private func afterParentheses(_ index: Int) -> Int {
        guard lexicon.isPunctuation(sentence, index, UInt8(ascii: "(")) else { return index }
        var close = index + 1
        while close < sentence.tokenRange.upperBound, close - index < 8 {
            if lexicon.isPunctuation(sentence, close, UInt8(ascii: ")")) { return close + 1 }
            close += 1
        }
        return index
    }

    /// "⟨The actress⟩ said", "said ⟨the 46-year-old⟩": a determiner and up to three lower-case
    /// words next to the cue, when no known source is there. Typed like a name: a person unless
    /// an organisation word says otherwise; anonymous after "a" or "an".
    func commonNounSource(endingAt end: Int) -> SourcePhrase? {
        guard end >= lowerBound, lexicon.isCommonNoun(sentence, end) else { return nil }
        var index = end - 1
        while index >= lowerBound, end - index <= 3 {
            if lexicon.isDeterminer(sentence, index) || lexicon.isIndefinite(sentence, index) {
                return SourcePhrase(first: index, last: end, type: type(from: index, to: end))
            }
            // "Several Democratic operatives", "some former employees": a group, not a person.
            if lexicon.isQuantifier(sentence, index) {
                return SourcePhrase(first: index, last: end, type: .vague)
            }
            guard lexicon.isCommonNoun(sentence, index) || lexicon.isNumber(sentence, index)
                    || index > sentence.tokenRange.lowerBound && lexicon.isNameWord(sentence, index)
                    || index == sentence.tokenRange.lowerBound && sentence.isCapitalized(index) && lexicon.isWord(sentence, index)
            else { return nil }
            index -= 1
        }
        // A bare plural opening the sentence: "⟨Top advisers⟩ said", "⟨Former employees⟩ said".
        let first = index + 1
        guard first == sentence.tokenRange.lowerBound, first >= lowerBound, first < end, isPlural(end),
              !lexicon.isNameWord(sentence, end) else { return nil }
        return SourcePhrase(first: first, last: end, type: .vague)
    }

    /// The noun phrase before a verb of saying that no other reading found, back to the start of
    /// its clause: "⟨protest organizers in Cleveland⟩ say", "⟨Brianne Stone, 29, of Huntsville⟩
    /// says" is read by the asides; this reads "⟨the pitch on Kickstarter⟩ says". Nil when the
    /// walk meets an auxiliary or a relative pronoun (a clause, not a noun phrase), or finds no noun.
    func clauseSubject(endingAt end: Int) -> SourcePhrase? {
        guard end >= lowerBound, lexicon.isWord(sentence, end) || lexicon.isNumber(sentence, end),
              lexicon.pronounType(sentence, end) == nil, !lexicon.isGrammarWord(sentence, end) else { return nil }
        var first = end
        while first - 1 >= lowerBound, end - first < Self.longestClauseSubject {
            let previous = first - 1
            if lexicon.isAuxiliary(sentence, previous) || lexicon.isRelativePronoun(sentence, previous)
                || lexicon.isWord(sentence, previous, "whose") { return nil }
            guard lexicon.isWord(sentence, previous) || lexicon.isNumber(sentence, previous)
                    || lexicon.isPunctuation(sentence, previous, UInt8(ascii: "'"))
                    || lexicon.isPunctuation(sentence, previous, UInt8(ascii: "%")) else { break }
            if lexicon.isClauseWord(sentence, previous) || lexicon.pronounType(sentence, previous) != nil { break }
            first = previous
        }
        guard first == sentence.tokenRange.lowerBound || first == lowerBound || !lexicon.isWord(sentence, first - 1)
                || lexicon.isClauseWord(sentence, first - 1) else { return nil }
        while first < end, lexicon.isClauseWord(sentence, first) || lexicon.isPreposition(sentence, first) { first += 1 }
        // A noun or a name, not only verbs and negations: "…, wouldn't say" names nobody.
        guard (first...end).contains(where: { lexicon.isCommonNoun(sentence, $0) && !lexicon.isNegation(sentence, $0)
                || lexicon.isNameWord(sentence, $0) || lexicon.isNumber(sentence, $0) }),
              !lexicon.isNegation(sentence, end) else { return nil }
        return SourcePhrase(first: first, last: end, type: type(from: first, to: end))
    }

    /// The noun phrase after "according to" that no other reading found, up to the end of its
    /// clause: "according to ⟨a copy of the letter reviewed by The Post⟩", "according to ⟨early returns⟩".
    func clauseObject(startingAt start: Int) -> SourcePhrase? {
        var last = start - 1
        while last + 1 < sentence.tokenRange.upperBound, last + 1 - start < Self.longestClauseObject,
              lexicon.isWord(sentence, last + 1) || lexicon.isNumber(sentence, last + 1)
                || lexicon.isPunctuation(sentence, last + 1, UInt8(ascii: "'")) || lexicon.isPunctuation(sentence, last + 1, UInt8(ascii: "-")),
              !lexicon.isClauseWord(sentence, last + 1) {
            last += 1
        }
        guard last >= start, (start...last).contains(where: { lexicon.isWord(sentence, $0) && !lexicon.isGrammarWord(sentence, $0) })
        else { return nil }
        return SourcePhrase(first: start, last: last, type: type(from: start, to: last))
    }

    /// A proportion of people: "⟨nine in 10⟩ said", "⟨about four in 10⟩ who said".
    func proportionSource(endingAt end: Int) -> SourcePhrase? {
        // "⟨42%⟩ say", "⟨49 percent⟩ said".
        if end - 1 >= lowerBound, lexicon.isNumber(sentence, end - 1),
           lexicon.isPunctuation(sentence, end, UInt8(ascii: "%")) || lexicon.isWord(sentence, end, "percent") {
            return SourcePhrase(first: end - 1, last: end, type: .vague)
        }
        guard end - 2 >= lowerBound, lexicon.isNumber(sentence, end), lexicon.isWord(sentence, end - 1, "in"),
              lexicon.isNumber(sentence, end - 2) || lexicon.isNumberWord(sentence, end - 2) else { return nil }
        var first = end - 2
        if first - 1 >= lowerBound, lexicon.isApproximation(sentence, first - 1) { first -= 1 }
        return SourcePhrase(first: first, last: end, type: .vague)
    }

    private func isPlural(_ index: Int) -> Bool {
        let range = sentence[index].range
        return range.count > 3 && sentence.text.bytes[range.upperBound - 1] == UInt8(ascii: "s")
    }

    func commonNounSource(startingAt start: Int) -> SourcePhrase? {
        guard lexicon.isDeterminer(sentence, start) else { return nil }
        var last = start + 1
        // "said ⟨a 2008 Clinton veteran⟩": numbers and capitalised modifiers before the noun.
        while last - start <= 4, lexicon.isCommonNoun(sentence, last) || lexicon.isNumber(sentence, last)
                || lexicon.isNameWord(sentence, last) && lexicon.isCommonNoun(sentence, last + 1) {
            last += 1
        }
        last -= 1
        guard last > start, lexicon.isCommonNoun(sentence, last),
              !lexicon.isWord(sentence, last + 1) || lexicon.isRelativePronoun(sentence, last + 1) else { return nil }
        return SourcePhrase(first: start, last: last, type: type(from: start, to: last))
    }

    /// The pronoun or name that opens the sentence, or its main clause after an opening phrase
    /// ("On Tuesday night, ⟨Mr. Trump⟩ struck a measured tone, saying…"), as the subject of a later cue.
    func subject() -> SourcePhrase? {
        let start = sentence.tokenRange.lowerBound
        if let subject = subject(at: start) { return subject }
        let window = start..<min(sentence.tokenRange.upperBound, start + Self.longestOpeningPhrase)
        guard let comma = window.first(where: { lexicon.isPunctuation(sentence, $0, UInt8(ascii: ",")) }),
              !window[start..<comma].contains(where: { lexicon.isQuoteMark(sentence, $0) }) else { return nil }
        return subject(at: comma + 1)
    }

    /// A pronoun, a name, a noun that names a person or a body ("⟨The governor⟩ spent the
    /// day…, saying"), or a crowd ("⟨Both parents⟩ stiffened their denunciation…, saying").
    private func subject(at start: Int) -> SourcePhrase? {
        if let type = lexicon.pronounType(sentence, start) { return SourcePhrase(first: start, last: start, type: type) }
        if let crowd = source(startingAt: start), [.vague, .anonymous].contains(crowd.type) { return crowd }
        guard let name = name(startingAt: start), lexicon.isNameWord(sentence, name.last)
                || lexicon.isPersonWord(sentence, name.last) || lexicon.isOrganizationWord(sentence, name.last) else { return nil }
        return name
    }

    /// "⟨Insiders in the next two states⟩ — Nevada and South Carolina — said": the source before
    /// an aside between dashes; with `clauseSubject`, any noun phrase opening the clause there.
    func sourceBeforeDashedAside(endingAt dash: Int, clauseSubject: Bool) -> SourcePhrase? {
        guard isDash(dash) else { return nil }
        var open = dash - 1
        while open > lowerBound, dash - open <= Self.longestDashedAside {
            if isDash(open) {
                return source(endingAt: open - 1) ?? (clauseSubject ? self.clauseSubject(endingAt: open - 1) : nil)
            }
            if isClauseBoundary(open) { return nil }
            open -= 1
        }
        return nil
    }

    /// An em or en dash.
    private func isDash(_ index: Int) -> Bool {
        guard sentence.tokenRange.contains(index), sentence[index].kind == .punctuation else { return false }
        let bytes = sentence.text.bytes[sentence[index].range]
        return bytes.elementsEqual("\u{2014}".utf8) || bytes.elementsEqual("\u{2013}".utf8)
    }

    /// "⟨Rep. Hank Johnson (D-Ga.)⟩ said": a parenthesis after a name belongs to it.
    private func sourceBeforeParentheses(endingAt close: Int) -> SourcePhrase? {
        var open = close - 1
        while open > lowerBound, close - open < 8, !lexicon.isPunctuation(sentence, open, UInt8(ascii: "(")) { open -= 1 }
        guard lexicon.isPunctuation(sentence, open, UInt8(ascii: "(")), let name = name(endingAt: open - 1) else { return nil }
        return SourcePhrase(first: name.first, last: close, type: name.type)
    }

    /// "for example", "meanwhile", "in turn": words between commas that leave the subject before
    /// them the source.
    private func isDiscourseAside(_ range: Range<Int>) -> Bool {
        !range.isEmpty && range.count <= 3
            && range.allSatisfy { lexicon.isAdverb(sentence, $0) || lexicon.isDiscourseWord(sentence, $0) }
    }

    /// An age ("69") or a party and state ("R-Ky.", "D-N.Y.") set off by commas after a name.
    private func isAgeOrParty(_ aside: Range<Int>) -> Bool {
        if aside.count == 1, lexicon.isNumber(sentence, aside.lowerBound) { return true }
        // "R-Ky." and "D-N.Y.": the tag, then only capitals and dots.
        return lexicon.isPartyTag(sentence, aside.lowerBound)
            && aside.dropFirst().allSatisfy { sentence.isCapitalized($0) || lexicon.isPunctuation(sentence, $0, UInt8(ascii: ".")) }
    }

    private func isParticiple(_ index: Int) -> Bool {
        guard lexicon.isWord(sentence, index), !sentence.isCapitalized(index) else { return false }
        let range = sentence[index].range
        let bytes = sentence.text.bytes
        return range.count > 4 && (bytes[(range.upperBound - 3)..<range.upperBound].elementsEqual("ing".utf8)
            || bytes[(range.upperBound - 2)..<range.upperBound].elementsEqual("ed".utf8))
    }

    /// "⟨Mrs. Maryam Rajavi⟩, the President-elect of NCRI said".
    private func withLeadingApposition(_ phrase: SourcePhrase) -> SourcePhrase {
        guard lexicon.isDeterminer(sentence, phrase.first),
              lexicon.isPunctuation(sentence, phrase.first - 1, UInt8(ascii: ",")),
              let name = name(endingAt: phrase.first - 2), !lexicon.isDeterminer(sentence, name.first),
              !lexicon.isPreposition(sentence, name.first - 1) else { return phrase }
        return SourcePhrase(first: name.first, last: phrase.last, type: merged(name.type, phrase.type))
    }

    /// "Maryam Rajavi, the President-elect of NCRI, said": the source ends before the comma.
    private func trailingApposition(before comma: Int) -> SourcePhrase? {
        guard let second = name(endingAt: comma - 1),
              lexicon.isPunctuation(sentence, second.first - 1, UInt8(ascii: ",")),
              let first = name(endingAt: second.first - 2),
              lexicon.isDeterminer(sentence, first.first) || lexicon.isDeterminer(sentence, second.first),
              !lexicon.isPreposition(sentence, first.first - 1) else { return nil }
        return SourcePhrase(first: first.first, last: second.last, type: merged(first.type, second.type))
    }

    private func merged(_ name: SourceType, _ apposition: SourceType) -> SourceType {
        name == .person || apposition == .person ? .person : name
    }

    private func isPronoun(_ phrase: SourcePhrase) -> Bool {
        phrase.first == phrase.last && lexicon.pronounType(sentence, phrase.first) != nil
    }

    // MARK: typing

    /// A title or person noun before any "of"/"for" makes a person; otherwise an organisation
    /// word or an acronym makes an organisation; a name without either is taken for a person.
    /// A phrase opening with "a", "an" or "one" that names nobody ("a city official") is
    /// anonymous; a document without a name ("a new poll") is vague.
    private func type(from first: Int, to last: Int) -> SourceType {
        var isOrganization = false
        var isPerson = false
        var isNamed = false
        for index in first...last {
            if lexicon.isWord(sentence, index, "of") || lexicon.isWord(sentence, index, "for") { break }
            if index > first, lexicon.isNameWord(sentence, index), !lexicon.isPersonWord(sentence, index) { isNamed = true }
            if lexicon.isPersonWord(sentence, index) { isPerson = true; break }
            if lexicon.isOrganizationWord(sentence, index) || lexicon.isAcronym(sentence, index) { isOrganization = true }
        }
        if lexicon.isIndefinite(sentence, first), !isNamed {
            return lexicon.isDocument(sentence, last) ? .vague : .anonymous
        }
        if isPerson { return .person }
        return isOrganization || lexicon.isDocument(sentence, last) ? .organization : .person
    }
}
