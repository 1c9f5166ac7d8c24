import AssayCore

/// Pairs assertions that were reworded: among the assertions left unpaired on each side, those whose
/// content words are alike (Dice ≥ `threshold`), each assertion used once, the most alike first and,
/// among equals, the one nearest where the old assertion was expected.
///
/// Candidates come from an inverted index of the new assertions' rare content words (words shared by
/// more than `commonWord` assertions are not looked up: they say little and would make the work
/// quadratic) plus the `neighbours` new assertions on each side of the expected position, so a
/// assertion is scored against at most `maximumCandidates` + 2 × `neighbours` others.
struct SimilarAssertions {
    static let threshold = 0.5
    static let commonWord = 32
    static let maximumCandidates = 8
    static let neighbours = 2

    struct Match {
        var old: Int
        var new: Int
        var similarity: Double
    }

    let old: [ContentWords]
    let new: [ContentWords]

    /// `expected[i]`: where old assertion `i` would be among the new assertions (an index into `new`).
    func pairs(expected: [Int]) -> [Match] {
        guard !old.isEmpty, !new.isEmpty else { return [] }
        let index = invertedIndex()
        var scored: [(match: Match, distance: Int)] = []
        for (position, words) in old.enumerated() where !words.words.isEmpty {
            let expectedNew = position < expected.count ? expected[position] : position
            for candidate in candidates(words, expected: expectedNew, index: index) {
                let similarity = words.similarity(to: new[candidate])
                guard similarity >= SimilarAssertions.threshold else { continue }
                scored.append((Match(old: position, new: candidate, similarity: similarity), abs(candidate - expectedNew)))
            }
        }
        scored.sort { a, b in
            if a.match.similarity != b.match.similarity { return a.match.similarity > b.match.similarity }
            if a.distance != b.distance { return a.distance < b.distance }
            return (a.match.old, a.match.new) < (b.match.old, b.match.new)
        }
        var oldUsed = Set<Int>(), newUsed = Set<Int>()
        var matches: [Match] = []
        for (match, _) in scored where !oldUsed.contains(match.old) && !newUsed.contains(match.new) {
            oldUsed.insert(match.old)
            newUsed.insert(match.new)
            matches.append(match)
        }
        return matches
    }

    /// The new assertions worth scoring against one old assertion: those sharing the most rare words,
    /// and the neighbours of the expected position.
    private func candidates(_ words: ContentWords, expected: Int, index: [String: [Int]]) -> [Int] {
        var shared: [Int: Int] = [:]
        for word in words.set {
            guard let postings = index[word] else { continue }
            for candidate in postings { shared[candidate, default: 0] += 1 }
        }
        let best = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(SimilarAssertions.maximumCandidates).map(\.key)
        let low = max(0, expected - SimilarAssertions.neighbours), high = min(new.count, expected + SimilarAssertions.neighbours)
        var result = Set(best)
        if low < high { result.formUnion(low..<high) }
        return result.filter { !new[$0].words.isEmpty }.sorted()
    }

    /// Content word → the new assertions that have it, without the common words.
    private func invertedIndex() -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, words) in new.enumerated() {
            for word in words.set { index[word, default: []].append(position) }
        }
        return index.filter { $0.value.count <= SimilarAssertions.commonWord }
    }
}
