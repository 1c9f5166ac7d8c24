/// One claim given to one member of the desk to review.
public struct AssignmentEntry: Sendable, Codable, Equatable {
    public var document: String
    public var claim: String
    public var analyst: String
    public var assignedBy: String
    public var assignedAt: String

    public init(document: String, claim: String, analyst: String, assignedBy: String, assignedAt: String) {
        self.document = document
        self.claim = claim
        self.analyst = analyst
        self.assignedBy = assignedBy
        self.assignedAt = assignedAt
    }
}
