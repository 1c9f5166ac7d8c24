import AssayCore
import Extraction
import RulesEngine

/// `analyze` over many inputs without a workbench: each document extracted, flagged and made
/// into the front end's output in the workers, handed over in input order.
public struct AnalysisRun: Sendable {
    public let analyzer: DocumentAnalyzer
    public let inputs: DocumentBatches
    /// A finding at or above this severity is noted in the outcome (`assay analyze --fail-on`).
    public let failOn: Severity?

    /// How the run went: the inputs that could not be read, and whether a finding reached `failOn`.
    public struct Outcome: Sendable {
        public var failed: [InputError] = []
        public var reachedFailOn = false
    }

    public init(analyzer: DocumentAnalyzer, inputs: DocumentBatches, failOn: Severity? = nil) {
        self.analyzer = analyzer
        self.inputs = inputs
        self.failOn = failOn
    }

    /// Makes each document into `make`'s output (in the workers) and hands it to `take` in input
    /// order, after telling `notice` of that input's warnings; unreadable inputs go to `notice`.
    public func run<Output: Sendable>(making make: @escaping @Sendable (Document) -> Output,
                                      notice: (RunNotice) -> Void, take: (Output) -> Void) -> Outcome {
        let (analyzer, failOn) = (analyzer, failOn)
        var outcome = Outcome()
        for batch in inputs.batches {
            let results = inputs.process(batch) { item throws(InputError) in
                let analyzed = try analyzer.analyze(item)
                let reached = failOn.map { level in analyzed.document.findings.contains { $0.severity >= level } } ?? false
                return (output: make(analyzed.document), warnings: analyzed.warnings, reachedFailOn: reached)
            }
            for result in results {
                switch result {
                case .failure(let error):
                    notice(.inputFailed(error))
                    outcome.failed.append(error)
                case .success(let analyzed):
                    for warning in analyzed.warnings { notice(.ruleWarning(warning)) }
                    if analyzed.reachedFailOn { outcome.reachedFailOn = true }
                    take(analyzed.output)
                }
            }
        }
        return outcome
    }
}
