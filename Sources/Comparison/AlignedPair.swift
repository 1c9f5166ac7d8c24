/// One line of an alignment: an old claim, a new claim or both (positions in each document's
/// claims), what happened to it, and how alike the texts are when it was modified.
struct AlignedPair: Sendable, Hashable {
    var old: Int?
    var new: Int?
    var status: DiffStatus
    var similarity: Double?
}
