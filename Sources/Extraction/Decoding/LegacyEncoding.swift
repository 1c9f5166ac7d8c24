/// The single-byte encodings of older archives, read when the analyst names one
/// (`--encoding`): Assay never guesses them, as any byte string is valid in each.
public enum LegacyEncoding: String, Sendable, CaseIterable {
    /// Windows Western European: Latin-1 with curly quotes, dashes, € and … at 0x80–0x9F.
    case windows1252 = "windows-1252"
    /// ISO 8859-1: every byte is the scalar of its value.
    case latin1
    /// ISO 8859-15: Latin-1 with €, Š, š, Ž, ž, Œ, œ and Ÿ in place of eight signs.
    case latin9

    /// The scalars of `bytes`, or the offset of the first byte this encoding leaves undefined.
    func decode(_ bytes: ArraySlice<UInt8>) -> Result<String.UnicodeScalarView, UndefinedByte> {
        var scalars = String.UnicodeScalarView()
        for (offset, byte) in bytes.enumerated() {
            guard let scalar = scalar(for: byte) else { return .failure(UndefinedByte(offset: offset)) }
            scalars.append(scalar)
        }
        return .success(scalars)
    }

    struct UndefinedByte: Error {
        var offset: Int
    }

    private func scalar(for byte: UInt8) -> Unicode.Scalar? {
        switch self {
        case .latin1:
            return Unicode.Scalar(byte)
        case .windows1252:
            guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
            let value = Self.windows1252High[Int(byte - 0x80)]
            return value == 0 ? nil : Unicode.Scalar(value)
        case .latin9:
            return Self.latin9Changes[byte].flatMap(Unicode.Scalar.init) ?? Unicode.Scalar(byte)
        }
    }

    /// 0x80–0x9F of windows-1252; 0 where the code page defines nothing (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Where ISO 8859-15 differs from ISO 8859-1.
    private static let latin9Changes: [UInt8: UInt32] = [
        0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
    ]
}
