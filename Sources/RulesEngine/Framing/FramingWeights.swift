import Learning

/// The framing model's weights laid out for scoring. A word's weights in every family of both
/// models are one row (`Word`), and so are a pair's (`Pair`): scoring a sentence looks each of
/// its words and each of its pairs up once, where the features name up to eight weights per word.
struct FramingWeights: Sendable {
    /// The columns of a word's row.
    enum Word: Int, CaseIterable {
        case sentence, span, prev1, prev2, prev3, next1, next2, next3
    }

    /// The columns of a pair's row: the sentence model's `pair`, and the span model's `left`
    /// (read by the pair's second word) and `right` (read by its first).
    enum Pair: Int, CaseIterable {
        case sentence, left, right
    }

    var sentenceIntercept: Float = 0
    var spanIntercept: Float = 0
    var sentenceFlags = [Float](repeating: 0, count: FramingFeature.Flag.allCases.count)
    var spanFlags = [Float](repeating: 0, count: FramingFeature.Flag.allCases.count)
    let words: WeightRows
    let pairs: WeightRows
    let suffixes: WeightTable
    /// The rows of the stand-ins before a sentence's first word and after its last.
    let startRow: Int
    let endRow: Int

    /// Collects one model's weights by feature, then lays them out.
    struct Builder {
        var sentenceIntercept: Float = 0
        var spanIntercept: Float = 0
        var sentenceFlags = [Float](repeating: 0, count: FramingFeature.Flag.allCases.count)
        var spanFlags = [Float](repeating: 0, count: FramingFeature.Flag.allCases.count)
        private var words: [(key: UInt64, column: Int, weight: Float)] = []
        private var pairs: [(key: UInt64, column: Int, weight: Float)] = []
        private var suffixes: [(key: UInt64, weight: Float)] = []

        /// False for a family the model does not read (the sentence model reads words and pairs;
        /// the span model all but pairs).
        mutating func add(_ family: FramingFeature.Family, hash: UInt64, weight: Float, isSentence: Bool) -> Bool {
            if isSentence {
                switch family {
                case .word: words.append((hash, Word.sentence.rawValue, weight))
                case .pair: pairs.append((hash, Pair.sentence.rawValue, weight))
                default: return false
                }
                return true
            }
            switch family {
            case .word: words.append((hash, Word.span.rawValue, weight))
            case .prev1: words.append((hash, Word.prev1.rawValue, weight))
            case .prev2: words.append((hash, Word.prev2.rawValue, weight))
            case .prev3: words.append((hash, Word.prev3.rawValue, weight))
            case .next1: words.append((hash, Word.next1.rawValue, weight))
            case .next2: words.append((hash, Word.next2.rawValue, weight))
            case .next3: words.append((hash, Word.next3.rawValue, weight))
            case .left: pairs.append((hash, Pair.left.rawValue, weight))
            case .right: pairs.append((hash, Pair.right.rawValue, weight))
            case .suffix: suffixes.append((hash, weight))
            case .pair: return false
            }
            return true
        }

        func build() -> FramingWeights {
            FramingWeights(self, words: WeightRows(columns: Word.allCases.count, words),
                           pairs: WeightRows(columns: Pair.allCases.count, pairs), suffixes: WeightTable(suffixes))
        }
    }

    private init(_ builder: Builder, words: WeightRows, pairs: WeightRows, suffixes: WeightTable) {
        sentenceIntercept = builder.sentenceIntercept
        spanIntercept = builder.spanIntercept
        sentenceFlags = builder.sentenceFlags
        spanFlags = builder.spanFlags
        self.words = words
        self.pairs = pairs
        self.suffixes = suffixes
        startRow = words.slot(FramingFeature.startHash)
        endRow = words.slot(FramingFeature.endHash)
    }

    @inline(__always)
    func word(_ row: Int, _ column: Word) -> Float { words[row, column.rawValue] }

    @inline(__always)
    func pair(_ row: Int, _ column: Pair) -> Float { pairs[row, column.rawValue] }
}
