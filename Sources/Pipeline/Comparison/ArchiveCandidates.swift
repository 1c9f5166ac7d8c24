import AssayCore
import Comparison
import ReviewStore

/// What `assay match --doc` reads of a workbench to match a few documents against all of it,
/// instead of every claim: the documents holding a claim that shares at least two rare words with
/// one of theirs (looked up in the workbench's full-text index of claims, as `CandidateIndex`
/// looks them up in its own), and how common each word weighed is in the whole workbench.
enum ArchiveCandidates {
    /// The documents to match `query` against, and the workbench's word frequencies.
    static func read(from store: Workbench, for query: [ReviewedDocument]) throws -> ([ReviewedDocument], ArchiveFrequencies) {
        let claims = try store.indexedClaimCount()
        let common = MatchWord.commonAbove(claims: claims)
        let wordsByClaim = query.flatMap(\.claims).map { MatchWord.of($0.text) }
        let words = Array(Set(wordsByClaim.joined()))
        var frequency: [String: Int] = [:]
        var holders: [String: [(document: String, claim: String)]] = [:]
        for (word, indexed) in zip(words, try store.indexedWords(words.map(\.spellings), listingAtMost: common)) {
            frequency[word.term] = indexed.frequency
            if let claims = indexed.claims { holders[word.term] = claims }
        }
        let queried = Set(query.map(\.header.name))
        var candidates = Set<String>()
        for claimWords in wordsByClaim {
            var shared: [String: Int] = [:]
            for word in claimWords {
                for holder in holders[word.term] ?? [] where !queried.contains(holder.document) {
                    shared[holder.document + "\u{0}" + holder.claim, default: 0] += 1
                }
            }
            candidates.formUnion(shared.filter { $0.value >= 2 }.keys)
        }
        let names = Set(candidates.compactMap { $0.split(separator: "\u{0}").first.map(String.init) })
        let documents = try store.documentsToMatch(named: names)
        // The candidates' other words: how common they are weighs in their scores.
        let more = Array(Set(documents.flatMap { document in
            document.claims.filter { candidates.contains(document.header.name + "\u{0}" + $0.id) }.flatMap { MatchWord.of($0.text) }
        }).filter { frequency[$0.term] == nil })
        for (word, indexed) in zip(more, try store.indexedWords(more.map(\.spellings), listingAtMost: 0)) {
            frequency[word.term] = indexed.frequency
        }
        return (documents, ArchiveFrequencies(documents: try store.documentNames().count, claims: claims, frequency: frequency))
    }
}
