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

    /// For each finding, the indices of the assertions it touches.
    static func touched(_ document: Document) -> [[Int]] {
        let assertions = document.assertions
        let indexByID = Dictionary(assertions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return document.findings.map { finding in
            var touched: [Int] = []
            var index = firstEnding(after: finding.start, in: assertions)
            while index < assertions.count, assertions[index].start < finding.end {
                touched.append(index)
                index += 1
            }
            if touched.isEmpty, let id = finding.assertion, let owner = indexByID[id] { touched.append(owner) }
            return touched
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
