import AssayCore

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
}
