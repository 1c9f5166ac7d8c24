/// How serious a finding is; ordered, so `--fail-on warning` can compare.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A rule's match on a span of the text, attached to the assertion it falls in.
public struct Finding: Sendable, Hashable, Codable {
    public var rule: String
    public var category: String
    public var severity: Severity
    public var start: Int
    public var end: Int
    public var text: String
    public var message: String
    /// The id of the assertion the span falls in, if any.
    public var assertion: String?
    /// What the rule captured (source, value, bound…).
    public var fields: [String: FieldValue]

    public init(rule: String, category: String, severity: Severity, start: Int, end: Int,
                text: String, message: String, assertion: String?, fields: [String: FieldValue]) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.start = start
        self.end = end
        self.text = text
        self.message = message
        self.assertion = assertion
        self.fields = fields
    }

    public var span: Span { Span(start: start, end: end) }
}
