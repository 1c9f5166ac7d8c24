/// Where a sentence sits in its paragraph (in a transcript: in its speaker's turn), a feature of
/// check-worthiness: a paragraph's opening sentence often carries its claim.
public struct SentencePlace: Sendable, Equatable {
    /// 0 for the paragraph's first sentence.
    public var index: Int
    /// How many sentences the paragraph has.
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// A sentence alone in its paragraph.
    public static let alone = SentencePlace(index: 0, count: 1)
}

/// How assertions get their check-worthiness: a learned model, or the hand-set sum.
public enum CheckworthinessScorer: Sendable {
    case handSet
    case model(CheckworthinessModel)
}
