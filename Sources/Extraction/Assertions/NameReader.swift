import AssayText

/// Reads the whole name that opens at a token, for the check-worthiness cue "names an entity":
/// "National Council of Resistance of Iran", "Hillary Clinton", "the United Nations Security
/// Council", "Mr. Smith", "George W. Bush", "Bashar al-Assad", and "Clinton" of "Clinton's".
///
/// A name is a run of capitalised words, with connectors ("of", "de", "al", "&") and the dots of
/// titles and initials between them, and "the" before a name of several words; a possessive
/// before a lower-case word ("Clinton's campaign") or a month ends it. One word alone names an entity only where its capital says so: an acronym
/// ("NCRI"), or a word that is not the sentence's first ("Taxes rise." names nothing), not a
/// common word ("In", "I", "I'm"), not a title ("Mr"), not a single letter, and not an adjective
/// that names nothing alone ("New").
struct NameReader {
    /// A name: how many tokens it spans from where it opens, and its bytes (without a possessive).
    struct Name: Equatable {
        var tokenCount: Int
        var text: Range<Int>
    }

    let bytes: [UInt8]
    let tokens: [Token]
    private let tables = Tables.shared

    private static let longestName = 12

    init(bytes: [UInt8], tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// The word tables, behind one reference: a reader is made for every assertion, and
    /// copying the tables into it would retain each of their arrays.
    private final class Tables: Sendable {
        static let shared = Tables()
        let abbreviations = Abbreviations.table
        /// Common words, and the number words and months that the classifier reads as figures
        /// and dates: one lookup tells that a capitalised word is no name word.
        let common = WordTable(words: NameReader.commonCapitalised
            + CueLexicon.spelledNumbers.filter { !$0.contains(" ") } + ["tens", "scores"]
            + CueLexicon.calendarWords)
        let notAlone = NameReader.notAlone
        let connectors = NameReader.connectors
    }

    /// Words that are capitalised at the start of a sentence or in titles without naming anyone.
    private static let commonCapitalised = [
        "i", "the", "a", "an", "and", "but", "in", "on", "at", "as", "it", "he", "she", "they", "we",
        "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "of", "for",
        "to", "with", "by", "from", "or", "so", "yet", "since", "now", "then", "even", "while", "when",
        "after", "before", "under", "over", "most", "many", "some", "such", "no", "what", "why",
        "how", "where", "who", "which", "not", "all", "both", "each", "every", "if", "although",
        "though", "naturally", "indeed", "however", "also", "still", "doing", "drawing", "soon",
        "notably", "western", "free", "you", "my", "your", "yes", "oh", "last", "next",
    ]
    /// Capitalised adjectives that open names ("New York", "North Korea") but name nothing alone.
    private static let notAlone = WordTable(words: [
        "new", "old", "great", "north", "south", "east", "west", "northern", "southern", "eastern",
        "national", "central", "royal", "federal", "general", "international",
    ])
    /// Lower-case words that join the parts of a name: "Council ⟨of⟩ Resistance", "Charles ⟨de⟩ Gaulle".
    private static let connectors = WordTable(words: [
        "of", "for", "the", "de", "du", "da", "di", "del", "della", "der", "den", "van", "von", "al",
        "el", "bin", "ibn", "la", "le", "y", "upon",
    ])

    /// The name opening at token `index`; `isInitial` when the word opens the sentence or a
    /// quotation, where any word is capitalised.
    func name(at index: Int, isInitial: Bool) -> Name? {
        if isThe(index) {
            guard let rest = run(from: index + 1), rest.words >= 2 else { return nil }
            return Name(tokenCount: rest.end - index, text: tokens[index].range.lowerBound..<rest.textEnd)
        }
        guard let run = run(from: index) else { return nil }
        // An opening word joins a name only with a name word right after it ("Hillary Clinton
        // said", "Mr. Smith said", "Procter & Gamble"), not through a connector ("Supporters of the …").
        if isInitial, run.words >= 2, !run.joinedDirectly, tables.abbreviations.value(for: tokens[index], in: bytes) != .title {
            return isAcronym(index) ? Name(tokenCount: 1, text: tokens[index].range) : nil
        }
        guard run.words >= 2 || isAcronym(index) || !isInitial && standsAlone(index) else { return nil }
        return Name(tokenCount: run.end - index, text: tokens[index].range.lowerBound..<run.textEnd)
    }

    /// Whether `index` is "the", in any case.
    func isThe(_ index: Int) -> Bool {
        let range = tokens[index].range
        guard range.count == 3 else { return false }
        let start = range.lowerBound
        return bytes[start] | 0x20 == UInt8(ascii: "t") && bytes[start + 1] | 0x20 == UInt8(ascii: "h")
            && bytes[start + 2] | 0x20 == UInt8(ascii: "e")
    }

    /// The run of name words and links from `start`: the token after it, where its text ends,
    /// how many name words it holds, and whether its second token is a name word or "&".
    private func run(from start: Int) -> (end: Int, textEnd: Int, words: Int, joinedDirectly: Bool)? {
        guard start < tokens.count, isNameWord(start) else { return nil }
        var last = start
        var words = 1
        var joinedDirectly = false
        var index = start
        while index < tokens.count, index - start < Self.longestName {
            // "Clinton's campaign" ends the name; "People's Mojahedin" goes on.
            let next = index + 1
            guard next < tokens.count else { break }
            if isNameWord(next) {
                if next == start + 1 { joinedDirectly = true }
            } else if isLink(next), next + 1 < tokens.count {
                if next == start + 1 && isAmpersand(next) { joinedDirectly = true }
                // a link is kept only when a name word follows it, or one more link and then a name word
                let word = isLink(next + 1) ? next + 2 : next + 1
                guard word < tokens.count, possessive(index) == nil, isNameWord(word) else { break }
                index = word
                last = word
                words += 1
                continue
            } else {
                break
            }
            index = next
            last = next
            words += 1
        }
        var textEnd = possessive(last) ?? tokens[last].range.upperBound
        var end = last + 1
        // The last dot of "U.S.", unless it ends the sentence.
        if isInitialLetter(last), last >= 1, isDot(last - 1), isDot(last + 1), last + 2 < tokens.count {
            textEnd = tokens[last + 1].range.upperBound
            end += 1
        }
        return (end, textEnd, words, joinedDirectly)
    }

    /// A capitalised word that is not a common word, a month or weekday or a number, or a particle joined
    /// to a name by a hyphen ("al-Assad", "bin-Laden").
    private func isNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if !UTF8Bytes.isUppercase(bytes, at: token.range.lowerBound) { return isParticleName(token.range) }
        if isAcronym(index) { return true }  // "US", "IT": not the pronouns
        if let suffix = possessive(index) {
            if tables.common.contains(bytes, in: token.range.lowerBound..<suffix) { return false }
        } else if tables.common.contains(token, in: bytes) {
            // A month ends a name; a spelled number stays a figure ("Three Britons were held").
            return false
        }
        return true
    }

    private func isLink(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .word { return !UTF8Bytes.isUppercase(bytes, at: token.range.lowerBound) && tables.connectors.contains(token, in: bytes) }
        if isAmpersand(index) { return true }
        // The dot of an initial or an abbreviation: "George W. Bush", "Mr. Smith", "St. Louis".
        return isDot(index) && index >= 1 && (isInitialLetter(index - 1) || tables.abbreviations.value(for: tokens[index - 1], in: bytes) != nil)
    }

    /// One word alone names an entity: not a title, a single letter or an adjective such as "New".
    private func standsAlone(_ index: Int) -> Bool {
        let token = tokens[index]
        return UTF8Bytes.scalarCount(bytes, token.range) > 1 && tables.abbreviations.value(for: token, in: bytes) != .title
            && !tables.notAlone.contains(token, in: bytes)
    }

    /// Two or more letters, all upper case (NCRI, MEK, IRGC, PMOI-MEK).
    func isAcronym(_ index: Int) -> Bool {
        let range = tokens[index].range
        return tokens[index].kind == .word && range.count >= 2
            && bytes[range].allSatisfy { UTF8Bytes.isASCIIUpper($0) || $0 == UInt8(ascii: "-") }
    }

    private func isInitialLetter(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].range.count == 1 && UTF8Bytes.isASCIIUpper(bytes[tokens[index].range.lowerBound])
    }

    private func isAmpersand(_ index: Int) -> Bool {
        tokens[index].range.count == 1 && bytes[tokens[index].range.lowerBound] == UInt8(ascii: "&")
    }

    private func isDot(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .punctuation && tokens[index].range.count == 1
            && bytes[tokens[index].range.lowerBound] == UInt8(ascii: ".")
    }

    /// "al-Assad", "bin-Laden": a connector, a hyphen, then a capital (not "ex-Russian").
    private func isParticleName(_ range: Range<Int>) -> Bool {
        // The longest connector is five letters.
        let searched = range.lowerBound..<min(range.upperBound, range.lowerBound + 6)
        guard let hyphen = bytes[searched].firstIndex(of: UInt8(ascii: "-")), hyphen + 1 < range.upperBound else { return false }
        return UTF8Bytes.isUppercase(bytes, at: hyphen + 1) && tables.connectors.contains(bytes, in: range.lowerBound..<hyphen)
    }

    /// Where the suffix of "Clinton's", "I'm", "Smith’s" begins: an apostrophe (straight or
    /// curly) followed by one or two lower-case letters that end the word; nil when there is none.
    private func possessive(_ index: Int) -> Int? {
        let range = tokens[index].range
        guard range.count > 2, UTF8Bytes.isASCIILower(bytes[range.upperBound - 1]) else { return nil }
        for letters in 1...2 where range.count > letters + 1 {
            let suffix = range.upperBound - letters
            guard UTF8Bytes.isASCIILower(bytes[suffix]) else { return nil }
            if bytes[suffix - 1] == UInt8(ascii: "'") { return suffix - 1 }
            // ’ (U+2019)
            if suffix - 3 >= range.lowerBound, bytes[suffix - 3] == 0xE2, bytes[suffix - 2] == 0x80, bytes[suffix - 1] == 0x99 {
                return suffix - 3
            }
        }
        return nil
    }
}
