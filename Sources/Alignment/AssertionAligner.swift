import AssayCore

/// Pairs the assertions of two versions of a document — the one way Assay does it: `assay diff`
/// labels every assertion with it, and ingest carries verdicts over to a new version with it.
/// In O(n log n) plus the cost of the near matches:
///
/// 1. Assertions with the same id (the same normalised text) are joined by hash. Those that kept
///    their relative order — a longest increasing subsequence of their new positions — are
///    `unchanged`; the others `moved` (two paragraphs swapped: the shorter run moved).
/// 2. The assertions left on each side are paired as `modified` when their content words are
///    alike enough (`SimilarAssertions`), looking only at candidates that share a rare word or
///    sit near the expected position, never at all pairs.
/// 3. The rest were `removed` (old) or `added` (new).
///
/// The pairs come in reading order of the new version, each removed assertion after the one
/// that preceded it in the old version.
public enum AssertionAligner {
    /// Every assertion of `old` and `new` once, paired or not (positions into each array).
    public static func align<Old: AlignableAssertion, New: AlignableAssertion>(old: [Old], new: [New]) -> [AlignedPair] {
        var newByID: [String: Int] = [:]
        for (position, assertion) in new.enumerated() where newByID[assertion.id] == nil { newByID[assertion.id] = position }
        var exact: [(old: Int, new: Int)] = []
        for (position, assertion) in old.enumerated() {
            if let match = newByID[assertion.id] { exact.append((position, match)) }
        }
        let inOrder = LongestIncreasingSubsequence.positions(exact.map(\.new))
        var pairs: [AlignedPair] = []
        var oldMatched = [Bool](repeating: false, count: old.count), newMatched = [Bool](repeating: false, count: new.count)
        var anchors: [(old: Int, new: Int)] = []
        for (position, match) in exact.enumerated() {
            let kept = inOrder.contains(position)
            pairs.append(AlignedPair(old: match.old, new: match.new, status: kept ? .unchanged : .moved, similarity: nil))
            oldMatched[match.old] = true
            newMatched[match.new] = true
            if kept { anchors.append(match) }
        }
        let oldLeft = old.indices.filter { !oldMatched[$0] }, newLeft = new.indices.filter { !newMatched[$0] }
        let similar = SimilarAssertions(old: oldLeft.map { ContentWords(old[$0].text) }, new: newLeft.map { ContentWords(new[$0].text) })
        let expected = expectedPositions(of: oldLeft, anchors: anchors, newLeft: newLeft)
        for match in similar.pairs(expected: expected) {
            pairs.append(AlignedPair(old: oldLeft[match.old], new: newLeft[match.new], status: .modified, similarity: match.similarity))
            oldMatched[oldLeft[match.old]] = true
            newMatched[newLeft[match.new]] = true
        }
        pairs += old.indices.filter { !oldMatched[$0] }.map { AlignedPair(old: $0, new: nil, status: .removed, similarity: nil) }
        pairs += new.indices.filter { !newMatched[$0] }.map { AlignedPair(old: nil, new: $0, status: .added, similarity: nil) }
        return readingOrder(pairs, oldCount: old.count)
    }

    /// Where each left-over old assertion would be among the left-over new assertions if nothing around
    /// it had changed: after the new position of the nearest unchanged assertion before it, offset
    /// by its distance from that assertion (an index into `newLeft`).
    private static func expectedPositions(of oldLeft: [Int], anchors: [(old: Int, new: Int)], newLeft: [Int]) -> [Int] {
        var anchor = 0
        var lastAnchor: (old: Int, new: Int)?
        return oldLeft.map { position in
            while anchor < anchors.count, anchors[anchor].old < position {
                lastAnchor = anchors[anchor]
                anchor += 1
            }
            let expectedNew = lastAnchor.map { $0.new + (position - $0.old) } ?? position
            return lowerBound(newLeft, expectedNew)
        }
    }

    /// The first index of `sorted` whose value is at least `value`.
    static func lowerBound(_ sorted: [Int], _ value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Sorted by new position; a removed assertion goes after the new position of the nearest old
    /// assertion before it that kept its place (unchanged or modified; removed assertions keep their order).
    private static func readingOrder(_ pairs: [AlignedPair], oldCount: Int) -> [AlignedPair] {
        var newOfOld = [Int?](repeating: nil, count: oldCount)
        for pair in pairs where pair.status != .moved { if let old = pair.old, let new = pair.new { newOfOld[old] = new } }
        var precedingNew = [Int](repeating: -1, count: oldCount)
        var last = -1
        for position in 0..<oldCount {
            if let new = newOfOld[position] { last = new }
            precedingNew[position] = last
        }
        func key(_ pair: AlignedPair) -> (Int, Int, Int) {
            if let new = pair.new { return (new, 0, 0) }
            let old = pair.old ?? 0
            return (precedingNew[old], 1, old)
        }
        return pairs.sorted { key($0) < key($1) }
    }
}
