import AssayCore
import Foundation

/// Every claim of the documents compared, with its terms and figures, and the rarity of each term
/// over all of them: what pairs are scored from.
struct MatchCorpus {
    struct Entry {
        /// The document's position in the input (names may repeat for files analyzed on the fly).
        var document: Int
        var member: MatchMember
        var terms: Set<String>
    }

    let entries: [Entry]
    /// ln(N / df) per term: a term in every claim weighs 0, a term in one claim the most.
    let idf: [String: Double]

    init(_ documents: [ReviewedDocument]) {
        var entries: [Entry] = []
        for (index, document) in documents.enumerated() {
            let figures = ClaimFigure.byClaim(document.findings)
            for claim in document.claims {
                let member = MatchMember(document: document.header.name, claim: claim.id, text: claim.text,
                                         verdict: claim.verdict, figures: figures[claim.id] ?? [])
                entries.append(Entry(document: index, member: member, terms: MatchTerms.of(claim.text)))
            }
        }
        var frequency: [String: Int] = [:]
        for entry in entries {
            for term in entry.terms { frequency[term, default: 0] += 1 }
        }
        let count = Double(entries.count)
        self.entries = entries
        idf = frequency.mapValues { log(count / Double($0)) }
    }

    func weight(_ terms: Set<String>) -> Double {
        terms.reduce(0) { $0 + (idf[$1] ?? 0) }
    }

    /// The pairs of claims from different documents worth scoring: those sharing a figure's
    /// magnitude or a term that is not common. Keys held by more than `postingLimit` claims are
    /// left out — such a term alone cannot make two claims the same — which keeps the work near
    /// linear in the number of claims instead of comparing every pair.
    func candidatePairs() -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for key in keys(entry) { postings[key, default: []].append(index) }
        }
        let limit = postingLimit
        var pairs = Set<Pair>()
        for list in postings.values where list.count <= limit {
            for (offset, i) in list.enumerated() {
                for j in list.dropFirst(offset + 1) where entries[i].document != entries[j].document {
                    pairs.insert(Pair(min(i, j), max(i, j)))
                }
            }
        }
        return pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }.map { ($0.first, $0.second) }
    }

    /// max(16, 2√N): a term in more claims than this is common in these documents.
    var postingLimit: Int { max(16, Int(2 * Double(entries.count).squareRoot())) }

    /// Its terms, and for each figure two adjacent magnitude buckets (quarter decades), so figures
    /// within a factor of 1.5 of each other always share a key.
    private func keys(_ entry: Entry) -> Set<String> {
        var keys = Set(entry.terms.map { "w:" + $0 })
        for figure in entry.member.figures {
            guard let value = figure.quantity.first, value > 0 else { continue }
            let bucket = Int((log10(value) * 4).rounded(.down))
            keys.insert("f:\(bucket)")
            keys.insert("f:\(bucket + 1)")
        }
        return keys
    }

    private struct Pair: Hashable {
        var first: Int
        var second: Int
        init(_ first: Int, _ second: Int) {
            self.first = first
            self.second = second
        }
    }
}
