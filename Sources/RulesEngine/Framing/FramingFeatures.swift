import AssayText

/// Reads the framing features of one sentence of a `MatchText` (`FramingFeature`), for the
/// sentence model and for each token's span model, into a `FramingFeatureSink`.
public struct FramingFeatures {
    public static let before = -1
    public static let after = -2
    public static let none = -3

    public let text: MatchText
    /// The sentence's token indices into `text.tokens`.
    public let tokens: Range<Int>
    /// The document's first sentence: its headline or title.
    public let isHeadline: Bool

    public init(text: MatchText, tokens: Range<Int>, isHeadline: Bool) {
        self.text = text
        self.tokens = tokens
        self.isHeadline = isHeadline
    }

    /// What the whole sentence shows: an exclamation, a question, the reader addressed…
    public func sentenceFlags() -> FramingFeature.Flags {
        var flags = FramingFeature.Flags()
        var (exclamation, question, you, we, quotation) = (false, false, false, false, false)
        var capitals = 0
        for index in tokens {
            let token = text.tokens[index]
            switch token.kind {
            case .punctuation:
                switch text.bytes[token.range.lowerBound] {
                case UInt8(ascii: "!"): exclamation = true
                case UInt8(ascii: "?"): question = true
                case UInt8(ascii: "\""): quotation = true
                default: break
                }
            case .word:
                if Self.secondPerson.contains(token.foldedHash) { you = true }
                if Self.firstPersonPlural.contains(token.foldedHash) { we = true }
                if token.range.count > 1, isAllCapitals(token.range) { capitals += 1 }
            case .number: break
            }
        }
        if exclamation { flags.insert(.exclamation) }
        if question { flags.insert(.question) }
        if you { flags.insert(.secondPerson) }
        if we { flags.insert(.firstPersonPlural) }
        if quotation { flags.insert(.quotation) }
        if capitals >= 2 { flags.insert(.capitals) }
        if isHeadline { flags.insert(.headline) }
        flags.insert(.length(words: tokens.count))
        return flags
    }

    /// The sentence model's features: every token, every two consecutive tokens, and the
    /// sentence's flags (`sentenceFlags()`, read once by the caller, which the span model needs too).
    public func visitSentence<Sink: FramingFeatureSink>(flags: FramingFeature.Flags, _ sink: inout Sink) {
        for flag in flags { sink.flag(flag) }
        var previous: UInt64?
        for index in tokens {
            let hash = text.tokens[index].foldedHash
            sink.value(.word, key: FramingFeature.key(.word, hash), first: index, second: Self.none)
            if let previous {
                sink.value(.pair, key: FramingFeature.key(.pair, previous, hash), first: index - 1, second: index)
            }
            previous = hash
        }
    }

    /// The span model's features of one token (the sentence's flags are added by the caller,
    /// once per sentence): the word, its ending and shape, three words either side, the pairs
    /// it is part of, whether it is quoted, and whether the document repeats it.
    public func visitToken<Sink: FramingFeatureSink>(_ index: Int, quotes: QuotedTokens, repeats: RepeatedWords,
                                                     _ sink: inout Sink) {
        let token = text.tokens[index]
        let hash = token.foldedHash
        sink.value(.word, key: FramingFeature.key(.word, hash), first: index, second: Self.none)
        if let suffix = suffixHash(token) {
            sink.value(.suffix, key: FramingFeature.key(.suffix, suffix), first: index, second: Self.none)
        }
        if let shape = shape(of: token) { sink.flag(shape) }
        for (distance, (before, after)) in Self.window.enumerated() {
            let (back, ahead) = (index - distance - 1, index + distance + 1)
            sink.value(before, key: FramingFeature.key(before, wordHash(back)), first: clamp(back), second: Self.none)
            sink.value(after, key: FramingFeature.key(after, wordHash(ahead)), first: clamp(ahead), second: Self.none)
        }
        sink.value(.left, key: FramingFeature.key(.left, wordHash(index - 1), hash), first: clamp(index - 1), second: index)
        sink.value(.right, key: FramingFeature.key(.right, hash, wordHash(index + 1)), first: index, second: clamp(index + 1))
        contextFlags(index, quotes: quotes, repeats: repeats) { sink.flag($0) }
    }

    /// A token's shape: a number, a word in capitals, or a capitalised word.
    @inline(__always)
    func shape(of token: Token) -> FramingFeature.Flag? {
        switch token.kind {
        case .number: return .number
        case .word:
            if token.range.count > 1, isAllCapitals(token.range) { return .allCapitals }
            return UTF8Bytes.isUppercase(text.bytes, at: token.range.lowerBound) ? .capitalized : nil
        case .punctuation: return nil
        }
    }

    /// A token's flags from its context, in this order: inside a quotation, in a short one, a
    /// word the document repeats, a pair it repeats.
    @inline(__always)
    func contextFlags(_ index: Int, quotes: QuotedTokens, repeats: RepeatedWords, _ body: (FramingFeature.Flag) -> Void) {
        let token = text.tokens[index]
        let quote = quotes[index - tokens.lowerBound]
        if quote.isInside { body(.inQuotation) }
        if quote.isShort { body(.shortQuotation) }
        if token.kind == .word, token.range.count >= 4, !UTF8Bytes.isUppercase(text.bytes, at: token.range.lowerBound),
           repeats.words(token.foldedHash) >= 3 {
            body(.repeatedWord)
        }
        if repeatsPair(index - 1, index, repeats) || repeatsPair(index, index + 1, repeats) { body(.repeatedPair) }
    }

    /// The families of the words one, two and three tokens away, before and after.
    private static let window: [(FramingFeature.Family, FramingFeature.Family)] = [(.prev1, .next1), (.prev2, .next2), (.prev3, .next3)]

    private func repeatsPair(_ first: Int, _ second: Int, _ repeats: RepeatedWords) -> Bool {
        guard tokens.contains(first), tokens.contains(second),
              text.tokens[first].kind == .word, text.tokens[second].kind == .word else { return false }
        return repeats.pairs(text.tokens[first].foldedHash, text.tokens[second].foldedHash) >= 2
    }

    private func clamp(_ index: Int) -> Int {
        index < tokens.lowerBound ? Self.before : index >= tokens.upperBound ? Self.after : index
    }

    private func wordHash(_ index: Int) -> UInt64 {
        index < tokens.lowerBound ? FramingFeature.startHash
            : index >= tokens.upperBound ? FramingFeature.endHash : text.tokens[index].foldedHash
    }

    /// The folded hash of a word's last three letters, for words of five or more ASCII bytes.
    func suffixHash(_ token: Token) -> UInt64? {
        guard token.kind == .word, token.range.count >= 5 else { return nil }
        let range = (token.range.upperBound - 3)..<token.range.upperBound
        for index in range where text.bytes[index] >= 0x80 { return nil }
        return FoldedWord.hash(text.bytes, range)
    }

    private func isAllCapitals(_ range: Range<Int>) -> Bool {
        var letters = 0
        for index in range {
            let byte = text.bytes[index]
            if UTF8Bytes.isASCIILower(byte) || byte >= 0x80 { return false }
            if UTF8Bytes.isASCIIUpper(byte) { letters += 1 }
        }
        return letters > 1
    }

    // Five words each: a scan of an array beats hashing into a set.
    private static let secondPerson: [UInt64] = ["you", "your", "yours", "yourself", "yourselves"].map(FramingFeature.hash)
    private static let firstPersonPlural: [UInt64] = ["we", "our", "us", "ours", "ourselves"].map(FramingFeature.hash)
}
