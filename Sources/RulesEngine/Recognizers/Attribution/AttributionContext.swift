import AssayCore

/// What the attribution recognizer carries from one sentence of a document to the next:
/// whether a quotation is open, and who spoke last in the paragraph (whose fields a sentence
/// continuing a quotation takes). Start each document with a new one.
public struct AttributionContext: Sendable {
    var paragraph = -1
    var isQuoting = false
    var speaker: [String: FieldValue]?

    public init() {}
}
