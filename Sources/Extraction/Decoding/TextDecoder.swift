import Foundation

/// Turns an input's bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM — or the
/// legacy encoding the analyst names —, line endings normalised to LF, Unicode normalised to
/// NFC. Binary and undecodable input is refused.
enum TextDecoder {
    /// How much of an input's start is sniffed for binary content.
    private static let sniffLength = 4096

    static func decode(_ bytes: [UInt8], source: String, encoding: LegacyEncoding? = nil) throws(InputError) -> String {
        if bytes.isEmpty { throw InputError(source: source, problem: .empty) }
        let text = if let encoding { try decodeLegacy(bytes, encoding, source: source) } else { try decodeEncoding(bytes, source: source) }
        if text.utf8.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            throw InputError(source: source, problem: .whitespaceOnly)
        }
        return text
    }

    private static func decodeEncoding(_ bytes: [UInt8], source: String) throws(InputError) -> String {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw InputError(source: source, problem: .unsupportedEncoding("UTF-32"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeUTF16(bytes.dropFirst(2), bigEndian: false, source: source)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes.dropFirst(2), bigEndian: true, source: source)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        try refuseBinary(body, source: source)
        let normalised = normaliseLineEndings(body)
        guard let text = String(validating: normalised, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(body) + (bytes.count - body.count)
            throw InputError(source: source, problem: .invalidUTF8(offset: offset))
        }
        return isKnownNFC(normalised) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// A single-byte encoding: binary content is refused as in UTF-8 (NUL and control bytes mean
    /// the same in these), then each byte is its scalar.
    private static func decodeLegacy(_ bytes: [UInt8], _ encoding: LegacyEncoding, source: String) throws(InputError) -> String {
        try refuseBinary(bytes[...], source: source)
        switch encoding.decode(bytes[...]) {
        case .success(let scalars):
            let normalised = normaliseLineEndings(Array(String(scalars).utf8)[...])
            let text = String(decoding: normalised, as: UTF8.self)
            return isKnownNFC(normalised) ? text : text.precomposedStringWithCanonicalMapping
        case .failure(let undefined):
            throw InputError(source: source, problem: .undefinedInEncoding(encoding.rawValue, offset: undefined.offset))
        }
    }

    /// NUL bytes never occur in UTF-8 text; other C0 controls (but tab, LF, VT, FF, CR, ESC) are
    /// rare, so many of them near the start mean a binary file.
    private static func refuseBinary(_ body: ArraySlice<UInt8>, source: String) throws(InputError) {
        if let nul = firstIndex(of: 0, in: body) {
            let offset = nul - body.startIndex
            let head = body.prefix(sniffLength)
            let evenNULs = stride(from: head.startIndex, to: head.endIndex, by: 2).filter { head[$0] == 0 }.count
            let oddNULs = stride(from: head.startIndex + 1, to: head.endIndex, by: 2).filter { head[$0] == 0 }.count
            let looksUTF16 = max(evenNULs, oddNULs) * 4 >= head.count && min(evenNULs, oddNULs) == 0
            throw InputError(source: source, problem: looksUTF16 ? .utf16WithoutBOM : .binary(offset: offset))
        }
        let head = body.prefix(sniffLength)
        let isControl = { (byte: UInt8) in byte < 0x20 && !(0x09...0x0D).contains(byte) && byte != 0x1B }
        let controls = head.withUnsafeBytes { head in
            var count = 0
            var index = 0
            while index < head.count {
                // Eight bytes at a time while none is below 0x20, as nearly all text is.
                if index + 8 <= head.count, !hasByteBelow0x20(head.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                if head[index] < 0x20 && isControl(head[index]) { count += 1 }
                index += 1
            }
            return count
        }
        if controls * 20 > head.count, let first = head.firstIndex(where: isControl) {
            throw InputError(source: source, problem: .binary(offset: first - body.startIndex))
        }
    }

    /// Whether one of the eight bytes of `word` is below 0x20 ("hasless" of Bit Twiddling Hacks:
    /// the borrow of a byte's subtraction reaches its high bit only when it is below 0x20).
    @inline(__always)
    private static func hasByteBelow0x20(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// The index of the first `byte` in `bytes`, found with `memchr`.
    private static func firstIndex(of byte: UInt8, in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
            return bytes.startIndex + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        }
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool,
                                    source: String) throws(InputError) -> String {
        if body.count % 2 != 0 {
            throw InputError(source: source, problem: .invalidUTF16(offset: body.count + 1))
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var consumedUnits = 0
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    throw InputError(source: source, problem: .binary(offset: 2 + consumedUnits * 2))
                }
                scalars.append(scalar)
                consumedUnits += scalar.utf16.count
            case .emptyInput:
                break decoding
            case .error:
                throw InputError(source: source, problem: .invalidUTF16(offset: 2 + consumedUnits * 2))
            }
        }
        let normalised = normaliseLineEndings(Array(String(scalars).utf8)[...])
        let text = String(decoding: normalised, as: UTF8.self)
        return isKnownNFC(normalised) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// CRLF and lone CR become LF. CR never occurs inside a multi-byte UTF-8 sequence, so this is
    /// safe on bytes.
    private static func normaliseLineEndings(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard firstIndex(of: 0x0D, in: bytes) != nil else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if !(byte == 0x0A && previousWasCR) { out.append(byte) }
            previousWasCR = false
        }
        return out
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }

    /// Whether valid UTF-8 is NFC without normalising it: true when every scalar is below
    /// U+0300 (no combining marks, no decomposable singletons) or is punctuation or a currency
    /// sign of U+2010–U+206F and U+20A0–U+20CF (curly quotes, dashes, €), which neither
    /// decompose nor compose. Only text with other scalars pays for normalisation.
    static func isKnownNFC(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { bytes in
            var index = 0
            while index < bytes.count {
                // Eight ASCII bytes at a time (no high bit set), as most of a text is.
                if index + 8 <= bytes.count,
                   bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let lead = bytes[index]
                if lead < 0xCC {
                    // ASCII, a continuation byte, or a two-byte scalar below U+0300.
                    index += 1
                    continue
                }
                guard lead == 0xE2, index + 2 < bytes.count else { return false }
                let scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                guard (0x2010...0x206F).contains(scalar) || (0x20A0...0x20CF).contains(scalar) else { return false }
                index += 3
            }
            return true
        }
    }
}
