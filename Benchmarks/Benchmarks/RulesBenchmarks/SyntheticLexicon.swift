import RulesEngine

/// Lexicon terms made from the corpus' own vocabulary, so that some of them match the articles
/// the way a real lexicon does and most of them do not, plus the pack that holds them.
///
/// The terms are drawn from a fixed seed, and the first N terms of a larger lexicon are the
/// terms of the smaller one, so "N entries" and "2N entries" differ only by the added terms.
struct SyntheticLexicon: Sendable {
    static let ruleCount = 25

    let terms: [String]

    /// Of every ten terms: two phrases that occur in an article (2–3 words, not starting or ending
    /// with one of the 100 commonest words), two single words of middling frequency, four
    /// combinations of 2–3 such words, and two such words followed by a made-up one, so a trie
    /// walk starts and fails on the second token.
    init(count: Int, articles: [String]) {
        var random = SplitMix64(seed: 0x5EED_A55A)
        let vocabulary = Vocabulary(articles)
        var terms: [String] = []
        var seen: Set<String> = []
        while terms.count < count {
            let term: String? = switch terms.count % 10 {
            case 0, 1: vocabulary.phrase(in: articles[Int.random(in: 0..<articles.count, using: &random)], using: &random)
            case 2, 3: vocabulary.middlingWord(using: &random)
            case 4, 5, 6, 7: (0..<Int.random(in: 2...3, using: &random)).map { _ in vocabulary.middlingWord(using: &random) }
                .joined(separator: " ")
            default: vocabulary.middlingWord(using: &random) + " " + SyntheticLexicon.madeUpWord(using: &random)
            }
            if let term, seen.insert(term).inserted { terms.append(term) }
        }
        self.terms = terms
    }

    /// A pack of `ruleCount` lexicon rules sharing the first `count` terms; every other rule
    /// inflects its terms, as a loaded-label rule would.
    func pack(count: Int) throws -> PackFile {
        var yaml = "pack: synthetic\ndescription: \(count) generated lexicon terms for benchmarks.\nrules:\n"
        for rule in 0..<SyntheticLexicon.ruleCount {
            let ruleTerms = stride(from: rule, to: min(count, terms.count), by: SyntheticLexicon.ruleCount).map { terms[$0] }
            guard let first = ruleTerms.first else { break }
            yaml += """
                  - id: synthetic.terms-\(rule)
                    category: framing
                    severity: info
                    message: "Synthetic term: {match}"
                    kind: lexicon
                    inflect: \(rule.isMultiple(of: 2))
                    terms: [\(ruleTerms.map { "\"\($0)\"" }.joined(separator: ", "))]
                    examples:
                      flag: ["The ⟦\(first)⟧ was there."]
                      pass: ["Nothing to see here."]

                """
        }
        return try RulePackLoader.load(yaml: yaml, file: "synthetic-\(count).yml")
    }

    private static func madeUpWord(using random: inout SplitMix64) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return String((0..<Int.random(in: 5...9, using: &random)).map { _ in letters.randomElement(using: &random) ?? "x" })
    }
}

/// The lower-cased ASCII words of the corpus ranked by frequency.
private struct Vocabulary {
    private let common: Set<String>
    private let middling: [String]

    init(_ articles: [String]) {
        var counts: [String: Int] = [:]
        for article in articles {
            for phrase in Vocabulary.phrases(article) {
                for word in phrase where word.count >= 3 { counts[word, default: 0] += 1 }
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        common = Set(ranked.prefix(100))
        middling = Array(ranked.dropFirst(100).prefix(20_000))
    }

    func middlingWord(using random: inout SplitMix64) -> String {
        middling[Int.random(in: 0..<middling.count, using: &random)]
    }

    /// 2–3 consecutive words of the article, or nil when the draw starts or ends on a short or common word.
    func phrase(in article: String, using random: inout SplitMix64) -> String? {
        let candidates = Vocabulary.phrases(article).filter { $0.count >= 3 }
        guard let phrase = candidates.randomElement(using: &random) else { return nil }
        let length = Int.random(in: 2...3, using: &random)
        let start = Int.random(in: 0...(phrase.count - length), using: &random)
        let words = phrase[start..<(start + length)]
        guard let first = words.first, let last = words.last, first.count >= 3, last.count >= 3,
              !common.contains(first), !common.contains(last) else { return nil }
        return words.joined(separator: " ")
    }

    /// Runs of ASCII words separated only by spaces (any other character ends a run, as
    /// punctuation breaks a lexicon phrase), lower-cased.
    static func phrases(_ text: String) -> [[String]] {
        var phrases: [[String]] = []
        var phrase: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            default:
                if !word.isEmpty { phrase.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
                if byte != UInt8(ascii: " "), !phrase.isEmpty { phrases.append(phrase); phrase = [] }
            }
        }
        if !word.isEmpty { phrase.append(String(decoding: word, as: UTF8.self)) }
        if !phrase.isEmpty { phrases.append(phrase) }
        return phrases
    }
}

/// A small seeded generator (Steele, Lea and Flood's SplitMix64), so every run draws the same terms.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
