import AssayCore
import Foundation

/// Every claim of the documents compared, its terms as numbers into one vocabulary, and the
/// rarity of each term over all of them: what candidates are found and pairs scored from.
/// Memory is a few words per term occurrence plus each claim's member (whose strings are shared
/// with the documents read), never anything per pair.
struct MatchCorpus: Sendable {
    struct Entry: Sendable {
        /// The document's position in the input (names may repeat for files analyzed on the fly).
        var document: Int
        var member: MatchMember
        /// Term ids, ascending, each once.
        var terms: [Int32]
        /// The sum of the terms' IDF.
        var weight: Double
        /// For each of `member.figures`, the terms it is written with ("over 30,000 political
        /// prisoners" → over, 30000, political, prisoner), ascending: when two claims share that
        /// figure, these words say what it counts, not what else the claims agree on.
        var figureWords: [[Int32]]
        /// Each figure's referent as match terms, for comparing referents without re-reading them.
        var referents: [Set<String>?]
        /// The terms the claim writes in lower case at least once, ascending: the others are
        /// capitalised wherever they occur — names ("Alex Ferguson", "Six Nations"), or a
        /// headline's words.
        var lowercaseTerms: [Int32]
    }

    let entries: [Entry]
    /// Term id → the term.
    let terms: [String]
    /// Term id → ln(N / df): a term in every claim weighs 0, a term in one claim the most.
    let idf: [Double]
    /// Term id → the term is written in digits (a number, not a content word).
    let isNumber: [Bool]
    /// The claims rarity is counted over: these, or the archive they are part of.
    let claimCount: Int

    /// `archive`, when the documents are part of a larger one not read whole: rarity is then the
    /// archive's (a term the archive counts fewer times than these claims hold it counts as theirs).
    init(_ documents: [ReviewedDocument], archive: ArchiveFrequencies? = nil) {
        var vocabulary: [String: Int32] = [:]
        var terms: [String] = []
        var frequency: [Int] = []
        func id(_ term: String) -> Int32 {
            if let known = vocabulary[term] { return known }
            let new = Int32(terms.count)
            vocabulary[term] = new
            terms.append(term)
            frequency.append(0)
            return new
        }
        func ids(_ text: String) -> [Int32] { MatchTerms.of(text).map(id).sorted() }

        var entries: [Entry] = []
        for (index, document) in documents.enumerated() {
            let figures = ClaimFigure.byClaim(document.findings)
            for claim in document.claims {
                let claimFigures = figures[claim.id] ?? []
                let member = MatchMember(document: document.header.name, claim: claim.id, text: claim.text,
                                         verdict: claim.verdict, figures: claimFigures)
                let read = ClaimWords(claim.text)
                let claimTerms = Set(read.words.map(MatchTerms.fold)).map(id).sorted()
                for term in claimTerms { frequency[Int(term)] += 1 }
                entries.append(Entry(document: index, member: member, terms: claimTerms, weight: 0,
                                     figureWords: claimFigures.map { ids($0.text + " " + ($0.referent ?? "")) },
                                     referents: claimFigures.map { $0.referent.map(MatchTerms.of) },
                                     lowercaseTerms: Set(read.lowercaseWords.map { id(MatchTerms.fold($0)) }).sorted()))
            }
        }
        if let archive {
            for (term, index) in vocabulary { frequency[Int(index)] = max(frequency[Int(index)], archive.frequency[term] ?? 0) }
        }
        let claimCount = max(entries.count, archive?.claims ?? 0)
        let idf = frequency.map { $0 > 0 ? log(Double(max(1, claimCount)) / Double($0)) : 0 }
        for index in entries.indices {
            entries[index].weight = entries[index].terms.reduce(0) { $0 + idf[Int($1)] }
        }
        self.entries = entries
        self.claimCount = claimCount
        self.terms = terms
        self.idf = idf
        isNumber = terms.map { term in term.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    }

    /// The IDF a term must reach to count as rare: that of a term held by `CandidateIndex`'s
    /// posting limit of claims.
    var rareIDF: Double { log(Double(max(1, claimCount)) / Double(CandidateIndex.postingLimit(claims: claimCount))) }
}
