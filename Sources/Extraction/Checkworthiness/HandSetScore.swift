import AssayCore

/// The check-worthiness of earlier versions: a hand-set sum that starts low and rises with what
/// a fact-checker can verify — a figure, a date, a named entity, a reported event, a cited
/// source — and falls for kinds that are not checkable as fact. Used without a model
/// (`--no-models`), and as the baseline the learned model is measured against.
enum HandSetScore {
    static func score(kind: AssertionKind, evidence: AssertionEvidence, role: ParagraphRole) -> AssertionClassifier.Result {
        var score = 0.1
        var reasons: [String] = []
        reasons.reserveCapacity(9)  // every reason below at most once
        func add(_ weight: Double, _ reason: String) {
            score += weight
            reasons.append(reason)
        }
        if let figure = evidence.figure { add(0.35, ReasonText.quoting("contains a figure", figure)) }
        if let date = evidence.date { add(0.1, ReasonText.quoting("gives a date", date)) }
        if let entity = evidence.entity { add(0.2, ReasonText.quoting("names an entity", entity)) }
        if let event = evidence.event { add(0.15, ReasonText.quoting("reports an event", event)) }
        if let attribution = evidence.attribution { add(0.1, ReasonText.quoting("cites a source", attribution)) }
        switch kind {
        case .factual: add(0.1, "states a fact")
        case .prediction: add(0, "prediction: checkable only later")
        case .opinion: add(-0.1, "opinion: a judgement rather than a fact")
        case .normative: add(-0.2, "normative: says what should be done")
        case .question: break
        }
        if evidence.words < 4 { add(-0.15, "too short to check") }
        if role == .heading || role == .title { add(-0.05, "a heading") }
        if kind == .question {
            score = min(score, 0.1)
            reasons.append("question: asks rather than asserts")
        }
        let clamped = min(1, max(0, score))
        return AssertionClassifier.Result(kind: kind, checkworthiness: (clamped * 100).rounded() / 100, reasons: reasons)
    }
}
