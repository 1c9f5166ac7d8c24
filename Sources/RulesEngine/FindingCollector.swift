import AssayCore

/// Turns matches (byte ranges of the match text) into findings: scalar offsets, the original
/// text of the span (which `{match}` quotes too), the filled message, and the assertion the
/// span starts in.
struct FindingCollector {
    private let document: Document
    private let text: MatchText
    private let rules: [Rule]
    private let messages: [MessageTemplate]
    /// The assertions of each sentence, by sentence index.
    private let assertionsBySentence: [[Assertion]]
    private var collected: [Finding] = []

    init(document: Document, text: MatchText, rules: [Rule], messages: [MessageTemplate]) {
        self.document = document
        self.text = text
        self.rules = rules
        self.messages = messages
        let sentenceCount = max(document.sentences.count, (document.assertions.map(\.sentence).max() ?? -1) + 1)
        var assertionsBySentence = [[Assertion]](repeating: [], count: sentenceCount)
        for assertion in document.assertions where assertion.sentence >= 0 {
            assertionsBySentence[assertion.sentence].append(assertion)
        }
        self.assertionsBySentence = assertionsBySentence
    }

    mutating func add(rule index: Int, bytes: Range<Int>, sentence: Int, fields captured: [String: FieldValue]) {
        let rule = rules[index]
        let span = text.scalarRange(ofBytes: bytes)
        guard !span.isEmpty else { return }
        // What the match captured wins over the rule's constant fields; merged by hand, as this runs
        // for every finding (Benchmarks/README.md).
        var fields = captured.isEmpty ? rule.fields : captured
        if !captured.isEmpty {
            for (name, value) in rule.fields where fields[name] == nil { fields[name] = value }
        }
        let matched = text.string(bytes)
        collected.append(Finding(rule: rule.id, category: rule.category, severity: rule.severity,
                                 start: span.lowerBound, end: span.upperBound,
                                 text: matched, message: messages[index].fill(match: matched, fields: fields),
                                 assertion: assertion(containing: span.lowerBound, sentence: sentence)?.id, fields: fields))
    }

    /// A learned tagger's span: its severity and message follow the model's score.
    mutating func add(_ span: FramingSpan, rule index: Int, sentence: Int) {
        let rule = rules[index]
        let scalars = text.scalarRange(ofBytes: span.byteRange)
        guard !scalars.isEmpty, case .learned(let model) = rule.kind else { return }
        let hundredths = Int((span.sentenceScore * 100).rounded())
        let score = Double(hundredths) / 100
        let isWarning = !span.isQuoted && span.sentenceScore >= model.thresholds.warning
        // Two decimals by hand: Foundation's String(format:) was most of this function's cost.
        let decimals = hundredths % 100 < 10 ? "0\(hundredths % 100)" : "\(hundredths % 100)"
        var message = "\(rule.message) (model score \(hundredths / 100).\(decimals))"
        if span.isQuoted { message += ", in a quotation" }
        if !span.reasons.isEmpty { message += ": " + span.reasons.joined(separator: ", ") }
        var fields: [String: FieldValue] = ["score": .number(score)]
        if !span.reasons.isEmpty { fields["reasons"] = .string(span.reasons.joined(separator: "; ")) }
        if span.isQuoted { fields["quoted"] = .bool(true) }
        collected.append(Finding(rule: rule.id, category: rule.category, severity: isWarning ? .warning : .info,
                                 start: scalars.lowerBound, end: scalars.upperBound, text: text.string(span.byteRange),
                                 message: message, assertion: assertion(containing: scalars.lowerBound, sentence: sentence)?.id,
                                 fields: fields))
    }

    mutating func add(_ recognition: Recognition, sentence: Int, rules candidates: [(rule: Int, conditions: FieldConditions)]) {
        for (rule, conditions) in candidates where conditions.accepts(recognition.fields) {
            add(rule: rule, bytes: recognition.byteRange, sentence: sentence, fields: recognition.fields)
        }
    }

    /// Whether one of `attributions` names a source (a person or an organisation) within the
    /// assertion that `bytes` starts in.
    func isAttributed(_ bytes: Range<Int>, by attributions: [Recognition], sentence: Int) -> Bool {
        let named = attributions.filter { [.string("person"), .string("organization")].contains($0.fields["sourceType"]) }
        guard !named.isEmpty else { return false }
        guard let assertion = assertion(containing: text.scalarOffset(ofByte: bytes.lowerBound), sentence: sentence) else {
            return true
        }
        return named.contains { recognition in
            let start = text.scalarOffset(ofByte: recognition.byteRange.lowerBound)
            let end = text.scalarOffset(ofByte: recognition.byteRange.upperBound)
            return start < assertion.end && end > assertion.start
        }
    }

    /// The findings in text order.
    func findings() -> [Finding] {
        collected.sorted { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
    }

    private func assertion(containing offset: Int, sentence: Int) -> Assertion? {
        let candidates = assertionsBySentence.indices.contains(sentence) ? assertionsBySentence[sentence] : []
        return candidates.first { $0.start <= offset && offset < $0.end } ?? candidates.first { $0.start >= offset } ?? candidates.last
    }
}
