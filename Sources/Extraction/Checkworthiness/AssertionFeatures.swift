import AssayCore
import AssayText
import Learning

/// Receives the features of one assertion as `AssertionFeatures.visit` finds them: the scorer
/// adds up weights, the trainer writes names. Each feature counts once per occurrence.
protocol FeatureSink {
    mutating func add(_ feature: CheckworthinessFeature)
    /// The word `tokens[token]`; `key` is its `FeatureKey`.
    mutating func word(_ token: Int, key: UInt64)
    mutating func pair(_ first: Int, _ second: Int, key: UInt64)
}

/// One assertion as its features see it: its tokens, what the classifier's pass found in them,
/// its kind and where it stands.
struct AssertionFeatures {
    var bytes: [UInt8]
    var tokens: [Token]
    var evidence: AssertionEvidence
    var kind: AssertionKind
    var role: ParagraphRole
    var place: SentencePlace

    /// The folded hash every figure takes as a word (`#`).
    static let figureHash = FoldedWord.hash(Array(CheckworthinessFeature.figureWord.utf8), 0..<1)

    func visit<Sink: FeatureSink>(_ sink: inout Sink) {
        if evidence.figure != nil { sink.add(.figure) }
        if evidence.date != nil { sink.add(.date) }
        if evidence.entity != nil { sink.add(.entity) }
        switch evidence.entityShape {
        case .acronym?: sink.add(.acronym)
        case .multiword?: sink.add(.multiwordName)
        case .single?: sink.add(.singleName)
        case nil: break
        }
        if evidence.event != nil { sink.add(.event) }
        if evidence.attribution != nil { sink.add(.attribution) }
        if evidence.bound != nil { sink.add(.boundedFigure) }
        if evidence.percentage != nil { sink.add(.percentage) }
        if evidence.comparison != nil { sink.add(.comparison) }
        if evidence.superlative != nil { sink.add(.superlative) }
        if evidence.firstPerson != nil { sink.add(.firstPerson) }
        sink.add(CheckworthinessFeature.kind(kind))
        if role == .heading || role == .title { sink.add(.heading) }
        sink.add(CheckworthinessFeature.length(words: evidence.words))
        switch place.index {
        case 0: sink.add(.opensParagraph)
        case 1: sink.add(.secondInParagraph)
        default: sink.add(.laterInParagraph)
        }
        if place.count == 1 { sink.add(.aloneInParagraph) }
        var previous: (token: Int, hash: UInt64)?
        for (index, token) in tokens.enumerated() where token.kind != .punctuation {
            let hash = token.kind == .number ? Self.figureHash : token.foldedHash
            sink.word(index, key: FeatureKey.word(hash))
            if let previous { sink.pair(previous.token, index, key: FeatureKey.pair(previous.hash, hash)) }
            previous = (index, hash)
        }
    }
}
