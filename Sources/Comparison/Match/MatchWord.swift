/// A word as match weighs it, and the spellings that count as it ("rally": rally, rallies), for
/// looking it up in a full-text index.
public struct MatchWord: Sendable, Hashable {
    public let term: String
    public let spellings: [String]

    /// The words of a claim match weighs (numbers left out), each once.
    public static func of(_ text: String) -> [MatchWord] {
        MatchTerms.of(text).filter { !$0.utf8.allSatisfy { (0x30...0x39).contains($0) } }.sorted().map { term in
            var spellings = [term]
            for plural in [term + "s", term.hasSuffix("y") ? String(term.dropLast()) + "ies" : ""]
            where !plural.isEmpty && MatchTerms.fold(plural) == term {
                spellings.append(plural)
            }
            return MatchWord(term: term, spellings: spellings)
        }
    }

    /// Held by more than this many of `claims` claims, a word is common: no claim is a candidate
    /// for sharing it (`CandidateIndex`).
    public static func commonAbove(claims: Int) -> Int { CandidateIndex.postingLimit(claims: claims) }
}
