import AssayCore
import AssayText
import Learning

/// Receives the features of one assertion as `AssertionFeatures.visit` finds them: the scorer
/// adds up weights, the trainer writes names. Each feature counts once per occurrence.
protocol FeatureSink {
    mutating func add(_ feature: CheckworthinessFeature)
    /// The word `tokens[token]`; `key` is its `FeatureKey`; every figure is the word `#`.
    mutating func word(_ token: Int, key: UInt64, isFigure: Bool)
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
        if evidence.largeFigure != nil { sink.add(.largeFigure) }
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
        var previous = -1
        var previousHash: UInt64 = 0
        for index in tokens.indices {
            let token = tokens[index]
            guard token.kind != .punctuation else { continue }
            let isFigure = token.kind == .number
            let hash = isFigure ? Self.figureHash : token.foldedHash
            sink.word(index, key: FeatureKey.word(hash), isFigure: isFigure)
            if previous >= 0 { sink.pair(previous, index, key: FeatureKey.pair(previousHash, hash)) }
            previous = index
            previousHash = hash
        }
    }
}
