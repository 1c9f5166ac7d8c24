/// What one scalar of the document becomes in the text the rules match against.
///
/// Three tricks defeat a naive lexicon (see ../shared/reliability.md): zero-width characters
/// inside a word, look-alike letters from other scripts, and typographic quotes. They are
/// undone here, scalar by scalar, so offsets can be mapped back to the original text.
enum MatchNormalizer {
    enum Replacement: Equatable {
        /// The scalar is kept as it is.
        case keep
        /// The scalar is dropped (zero-width and invisible formatting characters).
        case drop
        /// The scalar is replaced by one ASCII byte.
        case ascii(UInt8)
    }

    static func replacement(for scalar: Unicode.Scalar) -> Replacement {
        let value = scalar.value
        if value < 0x80 { return .keep }
        switch value {
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: return .drop
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F: return .ascii(0x20)
        case 0x2018, 0x2019, 0x201B, 0x2032: return .ascii(0x27)
        case 0x201C, 0x201D, 0x201F, 0x2033: return .ascii(0x22)
        case 0x2010, 0x2011: return .ascii(0x2D)
        default: break
        }
        if let latin = lookAlikes[value] { return .ascii(latin) }
        return .keep
    }

    /// Cyrillic and Greek letters drawn like Latin ones, mapped to the Latin letter.
    private static let lookAlikes: [UInt32: UInt8] = {
        let pairs: [(Character, Character)] = [
            ("а", "a"), ("е", "e"), ("о", "o"), ("р", "p"), ("с", "c"), ("у", "y"), ("х", "x"),
            ("і", "i"), ("ј", "j"), ("ѕ", "s"), ("һ", "h"), ("ԁ", "d"), ("ԛ", "q"), ("ԝ", "w"),
            ("А", "A"), ("В", "B"), ("Е", "E"), ("К", "K"), ("М", "M"), ("Н", "H"), ("О", "O"),
            ("Р", "P"), ("С", "C"), ("Т", "T"), ("Х", "X"), ("І", "I"), ("Ј", "J"), ("Ѕ", "S"),
            ("ο", "o"), ("α", "a"), ("ν", "v"), ("Α", "A"), ("Β", "B"), ("Ε", "E"), ("Ζ", "Z"),
            ("Η", "H"), ("Ι", "I"), ("Κ", "K"), ("Μ", "M"), ("Ν", "N"), ("Ο", "O"), ("Ρ", "P"),
            ("Τ", "T"), ("Υ", "Y"), ("Χ", "X"),
        ]
        var table: [UInt32: UInt8] = [:]
        for (foreign, latin) in pairs {
            guard let scalar = foreign.unicodeScalars.first, let byte = latin.asciiValue else { continue }
            table[scalar.value] = byte
        }
        return table
    }()
}
