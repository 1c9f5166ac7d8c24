import AssayText
import Extraction

/// The configuration's lists as tables looked up on bytes, and the closed-class English words
/// (auxiliaries, determiners, pronouns, prepositions) the recognizer reads grammar with.
/// Every question is about one token of a sentence and costs one hash lookup. A class: the
/// recognizer hands it to a `SourceFinder` at every token, which must not copy the tables.
final class AttributionLexicon: Sendable {
    let cues: PhraseTable<Void>
    let cuesBeforeSource: PhraseTable<Void>
    let vagueCues: PhraseTable<Void>
    let quotationCues: PhraseTable<Void>
    /// Vague and anonymous sources, with their type: "experts" (vague), "sources familiar" (anonymous).
    let vagueSources: PhraseTable<SourceType>
    /// "on condition of anonymity": the sources of a sentence holding one are anonymous.
    let anonymity: PhraseTable<Void>
    let agentless: GappedPhraseTable
    let vaguePassives: GappedPhraseTable
    let hedges: PhraseTable<Void>
    let furniture: PageFurniture
    /// The first words of cues and passives: an attribution other than a hedge starts only at one.
    private let attributionStarts: WordTable<Void>
    private let organizationWords: WordTable<Void>
    private let personWords: WordTable<Void>
    private let documentWords: WordTable<Void>
    /// The first words of `anonymity`, to scan a sentence for one with a lookup per token.
    private let anonymityStarts: WordTable<Void>
    /// The most words in a vague-source phrase, to look back for one ending at a token.
    let longestVagueSource: Int

    init(_ configuration: AttributionConfiguration) {
        func phrases(_ list: [String]) -> PhraseTable<Void> { PhraseTable(list.map { ($0, ()) }) }
        cues = phrases(configuration.cues)
        cuesBeforeSource = phrases(configuration.cuesBeforeSource)
        vagueCues = phrases(configuration.vagueCues)
        quotationCues = phrases(configuration.quotationCues)
        let anonymous = Set(configuration.anonymousSources.map { $0.lowercased() })
        vagueSources = PhraseTable(configuration.vagueSources.filter { !anonymous.contains($0.lowercased()) }.map { ($0, SourceType.vague) }
            + configuration.anonymousSources.map { ($0, SourceType.anonymous) })
        anonymity = phrases(configuration.anonymity)
        anonymityStarts = WordTable(words: configuration.anonymity.compactMap(PhraseTable<Void>.firstWord))
        documentWords = WordTable(words: configuration.documentSources)
        agentless = GappedPhraseTable(configuration.agentless)
        vaguePassives = GappedPhraseTable(configuration.vaguePassives)
        hedges = phrases(configuration.hedges)
        furniture = PageFurniture(configuration.furniture)
        let phraseStarts = (configuration.cues + configuration.cuesBeforeSource + configuration.vagueCues + configuration.quotationCues)
            .compactMap(PhraseTable<Void>.firstWord)
        let passiveStarts = (configuration.agentless + configuration.vaguePassives).compactMap(GappedPhraseTable.firstWord)
        attributionStarts = WordTable(words: phraseStarts + passiveStarts)
        organizationWords = WordTable(words: configuration.organizationWords)
        // "Mr." and "Mr" are one title: the tokenizer keeps the dot apart.
        personWords = WordTable(words: configuration.personWords.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        longestVagueSource = (configuration.vagueSources + configuration.anonymousSources)
            .map { $0.split(separator: " ").count }.max() ?? 0
    }

    /// The length of the phrase of `table` starting at `index`, when it ends inside the sentence.
    func phrase(_ table: PhraseTable<Void>, in sentence: SentenceView, at index: Int) -> Int? {
        guard sentence.tokenRange.contains(index),
              let (length, _) = table.match(sentence.text.bytes, sentence.text.tokens, at: index),
              index + length <= sentence.tokenRange.upperBound else { return nil }
        return length
    }

    /// The length and type of the vague or anonymous source starting at `index`.
    func vagueSource(in sentence: SentenceView, at index: Int) -> (length: Int, type: SourceType)? {
        guard sentence.tokenRange.contains(index),
              let (length, type) = vagueSources.match(sentence.text.bytes, sentence.text.tokens, at: index),
              index + length <= sentence.tokenRange.upperBound else { return nil }
        return (length, type)
    }

    /// Whether the sentence says its source speaks on condition of anonymity.
    func mentionsAnonymity(_ sentence: SentenceView) -> Bool {
        sentence.tokenRange.contains { index in
            has(anonymityStarts, sentence, index) && phrase(anonymity, in: sentence, at: index) != nil
        }
    }

    /// Whether a cue or a passive may start at the token: one lookup that rules out most tokens
    /// before the phrase tables are tried. May say yes where none starts, never no where one does.
    func mayStartAttribution(_ sentence: SentenceView, _ index: Int) -> Bool {
        attributionStarts.contains(sentence[index], in: sentence.text.bytes)
    }

    // MARK: token classes

    func isWord(_ sentence: SentenceView, _ index: Int) -> Bool {
        sentence.tokenRange.contains(index) && sentence[index].kind == .word
    }

    func isPunctuation(_ sentence: SentenceView, _ index: Int, _ character: UInt8) -> Bool {
        sentence.tokenRange.contains(index) && sentence.isPunctuation(index, character)
    }

    /// A double quotation mark: `"` (curly ones are folded to it), or two apostrophes written
    /// for one (`''`, as some newspapers' text has it; the first of the two counts).
    func isQuoteMark(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard sentence.tokenRange.contains(index), sentence[index].kind == .punctuation else { return false }
        let range = sentence[index].range
        let bytes = sentence.text.bytes
        if range.count == 1, bytes[range.lowerBound] == UInt8(ascii: "\"") { return true }
        guard bytes[range].allSatisfy({ $0 == UInt8(ascii: "'") }) else { return false }
        if range.count >= 2 { return true }
        // Typewriter quotes: `''` is one mark. In a longer run a single quote's mark stands
        // beside it: `''I` opens with the first two, `case,'''` closes with the last two.
        var (first, last) = (index, index)
        while isApostrophe(sentence, first - 1), sentence[first - 1].range.upperBound == sentence[first].range.lowerBound { first -= 1 }
        while isApostrophe(sentence, last + 1), sentence[last].range.upperBound == sentence[last + 1].range.lowerBound { last += 1 }
        guard last > first else { return false }
        let next = last + 1
        let opens = sentence.tokenRange.contains(next) && sentence[next].kind != .punctuation
            && sentence[next].range.lowerBound == sentence[last].range.upperBound
        return index == (opens ? first : last - 1)
    }

    private func isApostrophe(_ sentence: SentenceView, _ index: Int) -> Bool {
        sentence.tokenRange.contains(index) && sentence[index].range.count == 1
            && sentence.text.bytes[sentence[index].range.lowerBound] == UInt8(ascii: "'")
    }

    /// The closing mark ending at `index`: `"`, or the second apostrophe of `''`.
    func isQuoteMarkEnd(_ sentence: SentenceView, _ index: Int) -> Bool {
        isQuoteMark(sentence, index) || isQuoteMark(sentence, index - 1) && isPunctuation(sentence, index, UInt8(ascii: "'"))
    }

    /// A lower-case word that can end a source not otherwise known: "actress" in "The actress said".
    func isCommonNoun(_ sentence: SentenceView, _ index: Int) -> Bool {
        isModifier(sentence, index) && !isAdverb(sentence, index) && !has(attributionStarts, sentence, index)
    }

    func isNumber(_ sentence: SentenceView, _ index: Int) -> Bool {
        sentence.tokenRange.contains(index) && sentence[index].kind == .number
    }

    /// A capitalised word that can be part of a name (not "However", "In", "The", nor an
    /// adverb opening the sentence: "Reportedly, the MEK said").
    func isNameWord(_ sentence: SentenceView, _ index: Int) -> Bool {
        isWord(sentence, index) && sentence.isCapitalized(index)
            && !has(AttributionLexicon.functionWords, sentence, index) && !isDeterminer(sentence, index)
            && !(index == sentence.tokenRange.lowerBound && endsInLy(sentence, index)
                // "Jolly said", "Kelly told": a name ending in -ly, when a cue follows it at once.
                && !has(attributionStarts, sentence, index + 1))
    }

    /// Two or more letters, all upper case: "MEK", "NCRI's".
    func isAcronym(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard isWord(sentence, index) else { return false }
        var letters = 0
        for byte in sentence.text.bytes[sentence[index].range] {
            if byte == UInt8(ascii: "'") { break }
            guard UTF8Bytes.isASCIIUpper(byte) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// A single capital letter or a short title, as written before an abbreviating dot: "D", "Mrs".
    func isAbbreviation(_ sentence: SentenceView, _ index: Int) -> Bool {
        isWord(sentence, index) && sentence.isCapitalized(index) && sentence[index].range.count <= 3
    }

    func isPersonWord(_ sentence: SentenceView, _ index: Int) -> Bool { has(personWords, sentence, index) }
    func isOrganizationWord(_ sentence: SentenceView, _ index: Int) -> Bool { has(organizationWords, sentence, index) }

    func isDocument(_ sentence: SentenceView, _ index: Int) -> Bool { has(documentWords, sentence, index) }

    /// A noun that can head a source written in lower case: "the diplomat", "the ministry", "the poll".
    func isHeadNoun(_ sentence: SentenceView, _ index: Int) -> Bool {
        isPersonWord(sentence, index) || isOrganizationWord(sentence, index) || isDocument(sentence, index)
    }

    /// "a", "an", "one", "another": a source opening with one names nobody in particular.
    func isIndefinite(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.indefinites, sentence, index) }

    /// A lower-case word that may modify a head noun: "foreign" in "the foreign minister".
    func isModifier(_ sentence: SentenceView, _ index: Int) -> Bool {
        isWord(sentence, index) && !sentence.isCapitalized(index) && !isGrammarWord(sentence, index)
    }

    func isAdverb(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard isWord(sentence, index), !sentence.isCapitalized(index) else { return false }
        return has(AttributionLexicon.adverbs, sentence, index) || endsInLy(sentence, index)
    }

    private func endsInLy(_ sentence: SentenceView, _ index: Int) -> Bool {
        let range = sentence[index].range
        let bytes = sentence.text.bytes
        return range.count > 4 && bytes[range.upperBound - 2] == UInt8(ascii: "l") && bytes[range.upperBound - 1] == UInt8(ascii: "y")
    }

    /// A word ending in "'s" that is a possessive, not "he's" or "it's": "Editor's" in
    /// "Editor's note", after which a cue word is a noun.
    func isPossessive(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard isWord(sentence, index) else { return false }
        let range = sentence[index].range
        let bytes = sentence.text.bytes
        guard range.count > 2, bytes[range.upperBound - 2] == UInt8(ascii: "'"),
              UTF8Bytes.lowercased(bytes[range.upperBound - 1]) == UInt8(ascii: "s") else { return false }
        return !AttributionLexicon.contractionStems.contains(bytes, in: range.lowerBound..<(range.upperBound - 2))
    }

    /// A cue that is only ever a verb, so that after a possessive the possessive is a name:
    /// "Foster's said", "McDonald's announced" (but "Smith's report", "Syria's alleged role").
    func isVerbOnly(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.verbsOnly, sentence, index) }

    func isAuxiliary(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.auxiliaries, sentence, index) }
    /// A word of a time phrase between a source and its cue: "Trump ⟨on Tuesday⟩ said".
    func isTimeWord(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.timeWords, sentence, index) }
    func isBeForm(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.beForms, sentence, index) }
    func isDeterminer(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.determiners, sentence, index) }
    func isQuantifier(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.quantifiers, sentence, index) }
    func isDiscourseWord(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.discourseWords, sentence, index) }
    func isNumberWord(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.numberWords, sentence, index) }
    func isApproximation(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.approximations, sentence, index) }

    /// The party and state of a tag, as the tokenizer reads it: "R-Ky", "D-Ga", "D-N" of "D-N.Y.".
    func isPartyTag(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard isWord(sentence, index) else { return false }
        let bytes = sentence.text.bytes[sentence[index].range]
        guard bytes.count >= 3, let first = bytes.first, [UInt8(ascii: "R"), UInt8(ascii: "D"), UInt8(ascii: "I")].contains(first)
        else { return false }
        let second = bytes[bytes.startIndex + 1], third = bytes[bytes.startIndex + 2]
        return second == UInt8(ascii: "-") && UTF8Bytes.isASCIIUpper(third)
    }

    func isConnector(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.connectors, sentence, index) }
    func isPreposition(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.prepositions, sentence, index) }
    func isRelativePronoun(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.relativePronouns, sentence, index) }
    func isPrepositionLead(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.prepositionLeads, sentence, index) }

    /// The source type of a personal pronoun ("he" a person, "it" an organisation), or nil.
    func pronounType(_ sentence: SentenceView, _ index: Int) -> SourceType? {
        guard isWord(sentence, index) else { return nil }
        return AttributionLexicon.pronouns.value(for: sentence[index], in: sentence.text.bytes)
    }

    func isWord(_ sentence: SentenceView, _ index: Int, _ word: String) -> Bool {
        isWord(sentence, index) && sentence.is(index, word)
    }

    /// "wouldn't", "didn’t", "not": a negated verb, never a source.
    func isNegation(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard isWord(sentence, index) else { return false }
        let bytes = sentence.text.bytes[sentence[index].range]
        return bytes.elementsEqual("not".utf8) || bytes.count > 3 && (bytes.suffix(3).elementsEqual("n't".utf8)
            || bytes.suffix(5).elementsEqual("n\u{2019}t".utf8))
    }

    /// A word that opens a clause or joins two: where a subject read leftwards stops.
    func isClauseWord(_ sentence: SentenceView, _ index: Int) -> Bool { has(AttributionLexicon.clauseWords, sentence, index) }

    func isGrammarWord(_ sentence: SentenceView, _ index: Int) -> Bool {
        has(AttributionLexicon.functionWords, sentence, index) || isDeterminer(sentence, index)
            || isAuxiliary(sentence, index) || isConnector(sentence, index) || pronounType(sentence, index) != nil
            || isRelativePronoun(sentence, index)
    }

    private func has<Value>(_ table: WordTable<Value>, _ sentence: SentenceView, _ index: Int) -> Bool {
        isWord(sentence, index) && table.contains(sentence[index], in: sentence.text.bytes)
    }

    // MARK: closed-class words

    private static let auxiliaries = WordTable<Void>(words: [
        "has", "have", "had", "having", "is", "was", "were", "are", "am", "be", "been", "being", "will", "would",
        "could", "can", "may", "might", "shall", "should", "must", "do", "does", "did",
    ])
    /// Words whose "'s" is "is" or "has": "he's said", "it's reported", "that's".
    private static let contractionStems = WordTable<Void>(words: [
        "he", "she", "it", "that", "there", "here", "what", "who", "where", "when", "how", "let", "this",
    ])
    private static let verbsOnly = WordTable<Void>(words: [
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "announce", "announces", "announced",
        "explain", "explains", "explained", "insist", "insists", "insisted", "argue", "argues", "argued", "warn",
        "warns", "warned", "write", "writes", "wrote",
        "asked", "asks", "replied", "responded", "noted", "stated", "declared", "acknowledged", "admitted",
        "recalled", "tweeted", "testified", "claimed", "conceded", "countered", "stressed", "emphasized",
        "predicted", "suggested", "observed", "complained", "urged", "vowed",
    ])
    private static let timeWords = WordTable<Void>(words: [
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this",
        "week", "month", "year", "night", "morning", "afternoon", "evening", "earlier", "later", "today",
        "yesterday", "recently", "previously", "weekend",
    ])
    private static let beForms = WordTable<Void>(words: ["is", "was", "were", "are", "am", "be", "been", "being"])
    private static let adverbs = WordTable<Void>(words: [
        "also", "long", "once", "not", "never", "still", "already", "just", "even", "often", "again", "then",
        "first", "now", "yet", "too", "soon", "later", "since", "ever", "always", "all", "both",
        // Between a subject and its cue: "Carter however said", "Cruz himself said", "voters overall said".
        "however", "meanwhile", "though", "instead", "overall", "himself", "herself", "themselves", "itself",
    ])
    /// Words of an aside that leave the subject before it the source: "Humphrey, for example, said".
    private static let discourseWords = WordTable<Void>(words: [
        "for", "example", "instance", "meanwhile", "however", "though", "in", "turn", "fact", "of", "course",
        "too", "also", "instead", "likewise", "similarly", "nonetheless", "nevertheless", "then",
    ])
    private static let clauseWords = WordTable<Void>(words: [
        "that", "which", "while", "but", "and", "or", "because", "if", "when", "as", "since", "although",
        "though", "than", "so", "whether", "where", "after", "before", "until", "unless", "then", "also",
    ])
    private static let numberWords = WordTable<Void>(words: [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ])
    private static let approximations = WordTable<Void>(words: ["about", "nearly", "almost", "roughly", "some", "around"])
    private static let determiners = WordTable<Void>(words: [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those",
    ])
    private static let quantifiers = WordTable<Void>(words: [
        "many", "some", "several", "other", "most", "few", "various", "numerous", "multiple", "unnamed",
        "anonymous", "the", "a",
    ])
    private static let indefinites = WordTable<Void>(words: ["a", "an", "one", "another"])
    private static let connectors = WordTable<Void>(words: [
        "of", "for", "and", "&", "de", "al", "bin", "von", "van", "del", "da", "du", "la", "le",
    ])
    private static let prepositions = WordTable<Void>(words: [
        "in", "at", "from", "inside", "within", "near", "with", "on", "to", "across", "around", "for",
    ])
    /// Words that may stand before a preposition in a source's post-modifier: "close to".
    private static let prepositionLeads = WordTable<Void>(words: ["close", "familiar", "loyal", "linked", "based"])
    private static let relativePronouns = WordTable<Void>(words: ["who", "which"])
    private static let pronouns = WordTable<SourceType>([
        ("he", .person), ("she", .person), ("i", .person), ("we", .person), ("you", .person), ("they", .person),
        ("it", .organization), ("him", .person), ("them", .person),
    ])
    /// Words that are capitalised at the start of a sentence but never begin a source's name.
    private static let functionWords = WordTable<Void>(words: [
        "however", "but", "and", "or", "then", "as", "so", "yet", "now", "still", "meanwhile", "in", "on", "at",
        "from", "after", "before", "when", "while", "since", "although", "though", "if", "because", "also",
        "indeed", "moreover", "thus", "today", "yesterday", "instead", "once", "there", "here", "what", "which",
        "who", "why", "how", "where", "last", "by", "with", "for", "to", "of", "under", "during", "despite",
        "naturally", "notably", "soon", "earlier", "later", "finally", "first", "even", "only", "just",
        "according", "furthermore", "nevertheless", "again", "such", "both", "either", "neither",
    ])
}
