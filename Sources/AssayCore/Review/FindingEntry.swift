/// A rule's flag on a stored version, with its stable id and whether an analyst dismissed it.
public struct FindingEntry: Sendable, Codable, Equatable {
    public var id: String
    public var document: String
    public var version: Int
    public var rule: String
    public var category: String
    public var severity: Severity
    public var start: Int
    public var end: Int
    public var text: String
    public var message: String
    public var assertion: String?
    public var fields: [String: FieldValue]
    /// The reason given when an analyst marked the flag wrong here; nil while it stands.
    public var dismissal: String?

    public init(
        id: String,
        document: String,
        version: Int,
        rule: String,
        category: String,
        severity: Severity,
        start: Int,
        end: Int,
        text: String,
        message: String,
        assertion: String? = nil,
        fields: [String: FieldValue],
        dismissal: String? = nil
    ) {
        self.id = id
        self.document = document
        self.version = version
        self.rule = rule
        self.category = category
        self.severity = severity
        self.start = start
        self.end = end
        self.text = text
        self.message = message
        self.assertion = assertion
        self.fields = fields
        self.dismissal = dismissal
    }
}
