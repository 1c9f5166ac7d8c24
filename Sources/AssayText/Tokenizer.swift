/// Splits a range of normalised UTF-8 text into words, numbers and punctuation marks.
///
/// A word keeps inner apostrophes and hyphens (`year’s`, `Five-hundred`, `Mojahedin-e`); a
/// number keeps inner separators and decimals (`100,000`, `3.5`). Everything else that is not
/// a space is a one-scalar punctuation token. One pass, no allocation per token.
public enum Tokenizer {
    public static func tokens(in bytes: [UInt8], range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 4)
        // Scanned through a buffer pointer: every read below is at an index under `end`, itself
        // no further than the text's end.
        bytes.withUnsafeBufferPointer { bytes in
            var index = max(0, range.lowerBound)
            let end = min(range.upperBound, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == UTF8Bytes.space || byte == UTF8Bytes.newline {
                    index += 1
                    continue
                }
                let width = wordCharacterWidth(bytes, index, end)
                if width > 0 {
                    let word = word(bytes, from: index, width: width, end: end)
                    tokens.append(word)
                    index = word.range.upperBound
                } else {
                    let scalarWidth = UTF8Scalar.decode(bytes, at: index)?.width ?? 1
                    let next = min(index + scalarWidth, end)
                    tokens.append(Token(range: index..<next, kind: .punctuation,
                                        foldedHash: FoldedWord.hash(bytes, index..<next)))
                    index = next
                }
            }
        }
        return tokens
    }

    /// The word or number starting at `start`, whose first character is `width` bytes; its
    /// `FoldedWord.hash` is built as its bytes are read: one pass.
    @inline(__always)
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, width: Int, end: Int) -> Token {
        let isNumber = UTF8Bytes.isDigit(bytes[start])
        var hash = fold(bytes, start, width, into: FoldedWord.hashSeed)
        var index = start + width
        while index < end {
            // ASCII letters and digits, most of a word, without the general test below.
            let byte = bytes[index]
            if (byte | 0x20) &- 0x61 < 26 {
                hash = FoldedWord.combine(hash, byte | 0x20)
                index += 1
                continue
            }
            if byte &- 0x30 < 10 {
                hash = FoldedWord.combine(hash, byte)
                index += 1
                continue
            }
            let next = wordCharacterWidth(bytes, index, end)
            if next > 0 {
                hash = fold(bytes, index, next, into: hash)
                index += next
            } else if let joiner = joinerWidth(bytes, index, end, inNumber: isNumber),
                      wordCharacterWidth(bytes, index + joiner, end) > 0 {
                // A curly apostrophe folds to `'`; the other joiners are ASCII.
                hash = FoldedWord.combine(hash, joiner == 3 ? 0x27 : bytes[index])
                index += joiner
            } else {
                break
            }
        }
        return Token(range: start..<index, kind: isNumber ? .number : .word, foldedHash: hash)
    }

    /// Adds a word character's bytes to a hash: ASCII folded to lower case, others as they are.
    @inline(__always)
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int, into hash: UInt64) -> UInt64 {
        guard width > 1 else { return FoldedWord.combine(hash, UTF8Bytes.lowercased(bytes[index])) }
        var hash = hash
        for offset in 0..<width { hash = FoldedWord.combine(hash, bytes[index + offset]) }
        return hash
    }

    /// Width of the letter, digit or combining mark at `index`, or 0.
    @inline(__always)
    private static func wordCharacterWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        guard index < end else { return 0 }
        let byte = bytes[index]
        if byte < 0x80 { return UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isDigit(byte) ? 1 : 0 }
        guard let (scalar, width) = UTF8Scalar.decode(bytes, at: index), index + width <= end else { return 0 }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.numericType != nil ? width : 0
    }

    /// Width of a character that may join two word characters: apostrophes and hyphens in words,
    /// `,` and `.` in numbers.
    @inline(__always)
    private static func joinerWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, inNumber: Bool) -> Int? {
        switch bytes[index] {
        case 0x27, 0x2D: return 1
        case 0x2C, 0x2E: return inNumber ? 1 : nil
        case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99: return 3
        default: return nil
        }
    }
}
