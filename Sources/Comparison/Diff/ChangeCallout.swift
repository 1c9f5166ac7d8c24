import AssayCore

/// A change that matters to a fact-checker, called out on its own: a figure, an amount of money,
/// a date, a source or the framing of a claim added, removed or changed, or the claim's kind
/// changed.
public struct ChangeCallout: Sendable, Hashable, Codable {
    public enum Subject: String, Sendable, Hashable, Codable, CaseIterable {
        case number
        case money
        case date
        case source
        case framing
        case kind
    }

    public enum Change: String, Sendable, Hashable, Codable, CaseIterable {
        case added
        case removed
        case changed
    }

    public var subject: Subject
    public var change: Change
    /// The figure, amount or date as written, the source (or the words of an attribution that
    /// names none), the framing words or the kind, on the old side.
    public var old: String?
    public var new: String?
    /// For people: "30,000 → 3,000", "over → about", "$3 million → $30 million", "2030 → 2031",
    /// "Mrs. Maryam Rajavi → a UN official", "clerical regime (name-calling)", "factual → prediction".
    public var summary: String

    public init(subject: Subject, change: Change, old: String?, new: String?, summary: String) {
        self.subject = subject
        self.change = change
        self.old = old
        self.new = new
        self.summary = summary
    }
}
