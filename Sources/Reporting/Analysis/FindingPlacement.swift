import AssayCore

/// Which assertions each finding touches: every assertion its span overlaps, or, for a span
/// between assertions, the assertion the rules engine attached it to.
enum FindingPlacement {
    /// Findings keyed by assertion index, in the document's finding order.
    static func byAssertion(_ document: Document) -> [Int: [Finding]] {
        var placed: [Int: [Finding]] = [:]
        for (finding, assertions) in zip(document.findings, touched(document)) {
            for index in assertions { placed[index, default: []].append(finding) }
        }
        return placed
    }

    /// For each finding, the indices of the assertions it touches: a run of consecutive ones, from
    /// the first (in text order) that ends after its start, or its owner alone.
    static func touched(_ document: Document) -> [Range<Int>] {
        let assertions = document.assertions
        // Only a finding between assertions needs it, which few documents have.
        var indexByID: [String: Int]?
        return document.findings.map { finding in
            let first = firstEnding(after: finding.start, in: assertions)
            var end = first
            while end < assertions.count, assertions[end].start < finding.end { end += 1 }
            guard first == end, let id = finding.assertion else { return first..<end }
            if indexByID == nil {
                indexByID = Dictionary(assertions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            guard let owner = indexByID?[id] else { return first..<end }
            return owner..<owner + 1
        }
    }

    /// The first assertion (they are in text order) whose end is past `offset`.
    private static func firstEnding(after offset: Int, in assertions: [Assertion]) -> Int {
        var low = 0
        var high = assertions.count
        while low < high {
            let middle = (low + high) / 2
            if assertions[middle].end > offset { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
