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

    /// The source whose last token is `end`, read leftwards from the cue.
    func source(endingAt end: Int) -> SourcePhrase? {
        guard end >= lowerBound, sentence.tokenRange.contains(end) else { return nil }
        if lexicon.isPunctuation(sentence, end, UInt8(ascii: ",")) { return trailingApposition(before: end) }
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
                return source(endingAt: last)
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
              lexicon.phrase(lexicon.vagueSources, in: sentence, at: vagueStart) == nil {
            vagueStart += 1
        }
        if let length = lexicon.phrase(lexicon.vagueSources, in: sentence, at: vagueStart) {
            let vague = SourcePhrase(first: start, last: vagueStart + length - 1, type: .vague)
            return withPostModifier(after: vague)
        }
        return name(startingAt: start)
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
        for start in earliest...end where lexicon.phrase(lexicon.vagueSources, in: sentence, at: start) == end - start + 1 {
            var first = start
            while first - 1 >= lowerBound, start - first < 2, lexicon.isQuantifier(sentence, first - 1) { first -= 1 }
            return SourcePhrase(first: first, last: end, type: .vague)
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
    private func type(from first: Int, to last: Int) -> SourceType {
        var isOrganization = false
        for index in first...last {
            if lexicon.isWord(sentence, index, "of") || lexicon.isWord(sentence, index, "for") { break }
            if lexicon.isPersonWord(sentence, index) { return .person }
            if lexicon.isOrganizationWord(sentence, index) || lexicon.isAcronym(sentence, index) { isOrganization = true }
        }
        return isOrganization ? .organization : .person
    }
}
