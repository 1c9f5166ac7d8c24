/// One line of an alignment: an old assertion, a new assertion or both (positions in each
/// version's assertions), what happened to it, and how alike the texts are when it was modified.
public struct AlignedPair: Sendable, Hashable {
    public var old: Int?
    public var new: Int?
    public var status: AlignmentStatus
    public var similarity: Double?

    public init(old: Int?, new: Int?, status: AlignmentStatus, similarity: Double?) {
        self.old = old
        self.new = new
        self.status = status
        self.similarity = similarity
    }
}
