import AssayText

/// The markers of a list written inside a paragraph: a label and its punctuation (`1)`, `2.`,
/// `3.)`, `a)`, `b.`, `iv)`) or a bullet (`•`, `‣`, `⁃`, `◦`, `▪`, `●`).
enum ListMarker {
    /// A label's place in its list, in each reading the label allows: `i` is both the ninth
    /// letter and the first Roman numeral, `12` only a number.
    struct Label {
        var number: Int?
        var letter: Int?
        var roman: Int?
        /// Whether the letters are capitals (`B`, `IV`): a list keeps one case.
        var upper = false

        /// The first label of a list: `1`, `a`, `A`, `i`, `I`.
        var isFirst: Bool { number == 1 || letter == 1 || roman == 1 }

        /// Whether this label comes right after `previous` in the same list (`2` after `1`,
        /// `b` after `a`, `iv` after `iii`).
        func follows(_ previous: Label) -> Bool {
            if let number, let before = previous.number { return number == before + 1 }
            guard upper == previous.upper else { return false }
            if let letter, let before = previous.letter, letter == before + 1 { return true }
            if let roman, let before = previous.roman, roman == before + 1 { return true }
            return false
        }
    }

    /// The label `bytes[word]` reads as: one or two digits, one ASCII letter, or a Roman
    /// numeral of `i`, `v` and `x` up to four letters, in one case.
    static func label(_ bytes: [UInt8], _ word: Range<Int>) -> Label? {
        guard !word.isEmpty, word.count <= 4 else { return nil }
        let first = bytes[word.lowerBound]
        if UTF8Bytes.isDigit(first) {
            guard word.count <= 2, word.allSatisfy({ UTF8Bytes.isDigit(bytes[$0]) }) else { return nil }
            return Label(number: word.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) })
        }
        guard UTF8Bytes.isASCIILetter(first) else { return nil }
        let upper = UTF8Bytes.isASCIIUpper(first)
        var label = Label(upper: upper)
        if word.count == 1 { label.letter = Int(UTF8Bytes.lowercased(first) - 0x60) }
        label.roman = romanValue(bytes, word, upper: upper)
        return label.letter == nil && label.roman == nil ? nil : label
    }

    /// The value of a Roman numeral of `i`, `v` and `x` (1 to 39), all in the case `upper` says.
    private static func romanValue(_ bytes: [UInt8], _ word: Range<Int>, upper: Bool) -> Int? {
        var value = 0
        var previous = 0
        for index in word.reversed() {
            let byte = bytes[index]
            guard UTF8Bytes.isASCIIUpper(byte) == upper else { return nil }
            let digit: Int
            switch UTF8Bytes.lowercased(byte) {
            case UInt8(ascii: "i"): digit = 1
            case UInt8(ascii: "v"): digit = 5
            case UInt8(ascii: "x"): digit = 10
            default: return nil
            }
            value += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        return value > 0 ? value : nil
    }

    /// The marker that starts at `start` — a label, then `)`, `.` or `.)`, then a space — as
    /// its label's range and the index of the space; nil if there is none.
    static func marker(_ bytes: [UInt8], at start: Int, end: Int) -> (label: Range<Int>, space: Int)? {
        var cursor = start
        while cursor < end, cursor - start < 4, UTF8Bytes.isASCIILetter(bytes[cursor]) || UTF8Bytes.isDigit(bytes[cursor]) {
            cursor += 1
        }
        let word = start..<cursor
        guard !word.isEmpty, cursor < end else { return nil }
        if bytes[cursor] == UInt8(ascii: ".") { cursor += 1 }
        if cursor < end, bytes[cursor] == UInt8(ascii: ")") { cursor += 1 }
        guard cursor > word.upperBound, cursor < end, bytes[cursor] == UTF8Bytes.space,
              label(bytes, word) != nil else { return nil }
        return (word, cursor)
    }

    /// The width of the bullet at `index` (`•`, `‣`, `⁃`, `◦`, `▪`, `●`), or nil.
    static func bulletWidth(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] == 0xE2 else { return nil }
        switch (bytes[index + 1], bytes[index + 2]) {
        case (0x80, 0xA2), (0x80, 0xA3), (0x81, 0x83), (0x97, 0xA6), (0x96, 0xAA), (0x97, 0x8F): return 3
        default: return nil
        }
    }
}
