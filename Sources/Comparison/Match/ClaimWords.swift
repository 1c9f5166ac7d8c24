import AssayCore

/// A claim's words as match reads them, in one pass over its Unicode scalars: its content words
/// (lower case, function words out, digits grouped — "30,000" is one word), exactly as
/// `ContentWords` reads them, and which of them the claim writes starting with a lower-case
/// letter (the others are names or a headline's capitals).
///
/// Fast path: ASCII scalars are tested and lowered by their code; only other scalars go through
/// `Character`'s properties, one scalar at a time — the same as `ContentWords`'s characters for
/// text in NFC, as stored text is. Archive-wide matching reads every claim: this is its hot loop.
struct ClaimWords {
    private(set) var words: [String] = []
    private(set) var lowercaseWords: [String] = []

    init(_ text: String) {
        var current: [UInt8] = []
        var startsLowercase = false
        var previousWasDigit = false
        var pendingSeparator = false
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            guard !ContentWords.stopWords.contains(word) else { return }
            words.append(word)
            if startsLowercase { lowercaseWords.append(word) }
        }
        for scalar in text.unicodeScalars {
            let (isLetter, isNumber, isLowercase): (Bool, Bool, Bool)
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                isNumber = (0x30...0x39).contains(byte)
                isLowercase = (0x61...0x7A).contains(byte)
            } else {
                let character = Character(scalar)
                (isLetter, isNumber, isLowercase) = (character.isLetter, character.isNumber, character.isLowercase)
            }
            if isLetter || isNumber {
                // "30,000" and "3.5" stay one number: a separator between digits is dropped.
                if pendingSeparator && !(previousWasDigit && isNumber) { flush() }
                pendingSeparator = false
                if current.isEmpty { startsLowercase = isLowercase }
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    current.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                } else {
                    current.append(contentsOf: String(scalar).lowercased().utf8)
                }
                previousWasDigit = isNumber
            } else if (scalar == "," || scalar == ".") && previousWasDigit && !pendingSeparator {
                pendingSeparator = true
            } else {
                flush()
                pendingSeparator = false
                previousWasDigit = false
            }
        }
        flush()
    }
}
