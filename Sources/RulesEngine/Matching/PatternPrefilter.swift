/// Which pattern rules can match a sentence, told by one scan of its bytes for the literals
/// each pattern requires (`RequiredLiterals`). A pattern whose literals are unknown is always a
/// candidate; the others are run only where a literal of theirs occurs.
struct PatternPrefilter: Sendable {
    private let scanner: LiteralScanner
    /// Indices of the patterns with no known literal: run on every sentence.
    private let unfiltered: [Int]
    let count: Int

    /// Scalars that a case-insensitive ICU pattern can match against ASCII letters (full case
    /// folding: "ß" ~ "ss", "ſ" ~ "s", Kelvin sign ~ "k", "ﬁ" ~ "fi"…; dotless "ı" to be safe). A sentence containing
    /// one makes every filtered pattern a candidate, so the filter never hides a match.
    static let foldsToASCII: [Unicode.Scalar] = [
        "\u{DF}", "\u{130}", "\u{131}", "\u{149}", "\u{17F}", "\u{1F0}",
        "\u{1E96}", "\u{1E97}", "\u{1E98}", "\u{1E99}", "\u{1E9A}", "\u{1E9E}", "\u{212A}",
        "\u{FB00}", "\u{FB01}", "\u{FB02}", "\u{FB03}", "\u{FB04}", "\u{FB05}", "\u{FB06}",
    ]

    init(patterns: [String]) {
        count = patterns.count
        var literals: [(bytes: [UInt8], targets: [Int])] = []
        var unfiltered: [Int] = []
        var filtered: [Int] = []
        for (index, source) in patterns.enumerated() {
            guard let required = RequiredLiterals.of(source) else {
                unfiltered.append(index)
                continue
            }
            filtered.append(index)
            literals += required.map { (Array($0.utf8), [index]) }
        }
        literals += PatternPrefilter.foldsToASCII.map { (Array(String($0).utf8), filtered) }
        scanner = LiteralScanner(literals)
        self.unfiltered = unfiltered
    }

    /// Marks in `candidates` (resized to `count`) the patterns that may match `bytes[range]`.
    func candidates(in bytes: [UInt8], _ range: Range<Int>, into candidates: inout [Bool]) {
        if candidates.count != count { candidates = Array(repeating: false, count: count) }
        for index in candidates.indices { candidates[index] = false }
        for index in unfiltered { candidates[index] = true }
        scanner.scan(bytes, range, marking: &candidates)
    }
}
