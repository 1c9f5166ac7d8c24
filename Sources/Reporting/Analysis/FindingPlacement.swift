import AssayCore

/// Which assertions each finding touches: every assertion its span overlaps, or, for a span
/// between assertions, the assertion the rules engine attached it to.
enum FindingPlacement {
    /// Findings keyed by assertion index, in the document's finding order.
    static func byAssertion(_ document: Document) -> [Int: [Finding]] {
        let assertions = document.assertions
        let indexByID = Dictionary(assertions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var placed: [Int: [Finding]] = [:]
        for finding in document.findings {
            var index = firstEnding(after: finding.start, in: assertions)
            var touched = false
            while index < assertions.count, assertions[index].start < finding.end {
                placed[index, default: []].append(finding)
                touched = true
                index += 1
            }
            if !touched, let id = finding.assertion, let owner = indexByID[id] {
                placed[owner, default: []].append(finding)
            }
        }
        return placed
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
