import Foundation

/// Which pairs of claims are worth scoring, found as a search engine finds documents: an inverted
/// index from each rare key — a content word, or a figure's unit and magnitude — to the claims
/// holding it, and for one claim an array of counters filled from its keys' postings. A claim is
/// a candidate when it shares at least two rare keys, so one shared word, name or figure never
/// makes a candidate. Keys held by more than `postingLimit` claims have no postings: a common
/// word says little, and each claim's work is at most its keys × the limit, so the whole is
/// O(occurrences × log N) whatever the number of pairs.
struct CandidateIndex: Sendable {
    /// Held by more than this many claims, a key is common: 8 log₂ N, at least 32.
    static func postingLimit(claims: Int) -> Int { max(32, Int(8 * log2(Double(max(2, claims))))) }

    /// Shared keys a claim needs to be a candidate.
    static let sharedKeys = 2

    /// Key → the claims holding it, ascending; empty for a common key.
    private let postings: [[Int32]]
    /// Claim → its rare keys.
    private let keys: [[Int32]]
    private let documentOf: [Int32]

    init(_ corpus: MatchCorpus) {
        let limit = CandidateIndex.postingLimit(claims: corpus.claimCount)
        let rare = corpus.rareIDF
        var figureKeys: [String: Int32] = [:]
        var entryKeys: [[Int32]] = []
        entryKeys.reserveCapacity(corpus.entries.count)
        for entry in corpus.entries {
            var keys = entry.terms.filter { !corpus.isNumber[Int($0)] }
            for figure in entry.member.figures {
                guard let value = figure.quantity.first, value > 0 else { continue }
                // Two adjacent quarter-decade buckets: figures within a factor of 1.5 share one.
                let bucket = Int((log10(value) * 4).rounded(.down))
                for key in ["\(figure.unit ?? "")|\(bucket)", "\(figure.unit ?? "")|\(bucket + 1)"] {
                    let next = Int32(corpus.terms.count + figureKeys.count)
                    let id = figureKeys[key] ?? next
                    figureKeys[key] = id
                    if !keys.contains(id) { keys.append(id) }
                }
            }
            entryKeys.append(keys)
        }
        var postings = [[Int32]](repeating: [], count: corpus.terms.count + figureKeys.count)
        for (index, keys) in entryKeys.enumerated() {
            for key in keys { postings[Int(key)].append(Int32(index)) }
        }
        // A word is rare by its frequency in all the claims (the archive's, when it is not read
        // whole); a figure's key by the claims read.
        for key in postings.indices where key < corpus.terms.count ? corpus.idf[key] < rare : postings[key].count > limit {
            postings[key] = []
        }
        self.postings = postings
        keys = entryKeys.map { $0.filter { !postings[Int($0)].isEmpty } }
        documentOf = corpus.entries.map { Int32($0.document) }
    }

    /// Counters for one worker: one per claim, all zero between searches.
    struct Counters {
        fileprivate var shared: [UInt16]
        fileprivate var touched: [Int32] = []
        init(claims: Int) { shared = Array(repeating: 0, count: claims) }
    }

    /// The claims of other documents sharing at least `sharedKeys` rare keys with `claim`, among
    /// those `include` accepts (so each pair is searched from one side only), ascending.
    func candidates(of claim: Int, counters: inout Counters, include: (Int) -> Bool) -> [Int] {
        let document = documentOf[claim]
        for key in keys[claim] {
            for other in postings[Int(key)] where documentOf[Int(other)] != document && include(Int(other)) {
                if counters.shared[Int(other)] == 0 { counters.touched.append(other) }
                counters.shared[Int(other)] &+= 1
            }
        }
        var found: [Int] = []
        for other in counters.touched {
            if counters.shared[Int(other)] >= CandidateIndex.sharedKeys { found.append(Int(other)) }
            counters.shared[Int(other)] = 0
        }
        counters.touched.removeAll(keepingCapacity: true)
        return found.sorted()
    }
}
