/// Where in a sentence a pattern's matches can begin: where one of the literals occurs that
/// every match starts with (`RequiredLiterals.starts`). The pattern is then tried anchored at
/// those offsets only. ICU's own search of a pattern that opens with `\b` and an alternation
/// tries every position of the sentence in turn, and that was most of the pattern rules' time.
struct MatchStarts: Sendable {
    /// The start literals; each one's target is its length, to go from its end to its start.
    private let scanner: LiteralScanner

    /// Nil when what the pattern's matches start with is not known.
    init?(pattern source: String) {
        guard let starts = RequiredLiterals.starts(of: source) else { return nil }
        scanner = LiteralScanner(starts.map { (Array($0.utf8), [$0.utf8.count]) })
    }

    /// The offsets from `range.lowerBound` where a match may begin, ascending. Nil when the
    /// text is not all ASCII: a case-insensitive match may then begin with a letter that folds
    /// to an ASCII one ("ſ", the Kelvin sign), which no literal shows.
    func offsets(in bytes: [UInt8], _ range: Range<Int>) -> [Int]? {
        for index in range where bytes[index] >= 0x80 { return nil }
        var offsets: [Int] = []
        scanner.scan(bytes, range) { end, lengths in
            for length in lengths { offsets.append(end - length - range.lowerBound) }
        }
        // Literals of different lengths end in order but may start out of order.
        offsets.sort()
        var unique: [Int] = []
        unique.reserveCapacity(offsets.count)
        for offset in offsets where offset != unique.last { unique.append(offset) }
        return unique
    }
}
