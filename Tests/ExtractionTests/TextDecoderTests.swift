import AssayCore
import Foundation
import Testing
@testable import Extraction

@Suite("Decoding input bytes")
struct TextDecoderTests {
    private func decode(_ bytes: [UInt8]) throws(InputError) -> String {
        try TextDecoder.decode(bytes, source: "in.txt")
    }

    private func problem(_ bytes: [UInt8]) -> InputError.Problem? {
        do {
            _ = try decode(bytes)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test("UTF-8 with and without a byte-order mark")
    func utf8() throws {
        #expect(try decode(Array("Café à Paris".utf8)) == "Café à Paris")
        #expect(try decode([0xEF, 0xBB, 0xBF] + Array("Café".utf8)) == "Café")
    }

    @Test("UTF-16 little- and big-endian with a byte-order mark")
    func utf16() throws {
        let text = "Iran’s 😀 rally"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decode(little) == text)
        #expect(try decode(big) == text)
    }

    @Test("UTF-16 without a byte-order mark is refused with advice")
    func utf16WithoutBOM() {
        let bytes = "Hello world".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(problem(bytes) == .utf16WithoutBOM)
    }

    @Test("CRLF and lone CR become LF")
    func lineEndings() throws {
        #expect(try decode(Array("a\r\nb\rc\n\rd".utf8)) == "a\nb\nc\n\nd")
    }

    @Test("decomposed accents are normalised to NFC")
    func nfc() throws {
        let decoded = try decode(Array("Cafe\u{301}".utf8))
        #expect(decoded.unicodeScalars.count == 4)
    }

    @Test("the NFC fast path accepts only scalars that normalisation leaves alone")
    func knownNFC() throws {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x2FF, 0x2010...0x206F, 0x20A0...0x20CF]
        for value in ranges.joined() {
            let text = String(try #require(Unicode.Scalar(value)))
            #expect(TextDecoder.isKnownNFC(Array(text.utf8)))
            // Scalars compared: String's == already treats canonically equivalent texts as equal.
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars),
                    "U+\(String(value, radix: 16))")
        }
        for outside in ["e\u{301}", "\u{2000}", "\u{212B}", "\u{1100}\u{1161}", "\u{20D0}", "🙂", "\u{FB01}"] {
            #expect(!TextDecoder.isKnownNFC(Array(outside.utf8)), "\(outside.unicodeScalars.map(\.value))")
        }
        let decoded = try decode(Array("Price: £5 – “fair” A\u{30A}".utf8))
        #expect(decoded.unicodeScalars.elementsEqual("Price: £5 – “fair” \u{C5}".unicodeScalars))
    }

    @Test("the eight-bytes-at-a-time scans see a byte at any offset of a word")
    func wordAtATimeScans() {
        let ascii = Array("The quick brown fox jumps over the lazy dog.".utf8)
        for offset in 0...ascii.count {
            let decomposed = Array(ascii[..<offset]) + Array("e\u{301}".utf8) + Array(ascii[offset...])
            #expect(!TextDecoder.isKnownNFC(decomposed), "combining accent at \(offset)")
            let precomposed = Array(ascii[..<offset]) + Array("\u{E9}".utf8) + Array(ascii[offset...])
            #expect(TextDecoder.isKnownNFC(precomposed), "é at \(offset)")
            // One control byte in 44 is not binary; three (more than one in 20) are.
            var controlled = ascii
            controlled[min(offset, ascii.count - 1)] = 0x01
            #expect(problem(controlled) == nil, "one control at \(offset)")
            for extra in [offset / 3, offset / 2] where extra < ascii.count { controlled[extra] = 0x02 }
            if controlled.filter({ $0 < 0x03 }).count == 3 {
                #expect(problem(controlled) == .binary(offset: controlled.firstIndex { $0 < 0x03 } ?? -1), "controls at \(offset)")
            }
        }
    }

    @Test("bad input is refused with the problem and where it is")
    func refusals() {
        #expect(problem([]) == .empty)
        #expect(problem(Array(" \n\t \n".utf8)) == .whitespaceOnly)
        #expect(problem(Array("abc".utf8) + [0x00] + Array("def".utf8)) == .binary(offset: 3))
        #expect(problem(Array("ok ".utf8) + [0xC3, 0x28] + Array(" rest".utf8)) == .invalidUTF8(offset: 3))
        #expect(problem([0xFF, 0xFE, 0x41]) == .invalidUTF16(offset: 2))
        #expect(problem([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) == .invalidUTF16(offset: 2))
        #expect(problem([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]) == .unsupportedEncoding("UTF-32"))
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0x01, count: 64)
        #expect(problem(png) == .binary(offset: 6))
        // A PDF of ASCII streams alone passes every test of text: it is told by its signature
        // (and read through pdftotext, never as text).
        let pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nBT /F1 12 Tf (Police arrested 40 people.) Tj ET\n%%EOF\n"
        #expect(PDFText.isPDF(Array(pdf.utf8)))
        #expect(PDFText.isPDF([0xEF, 0xBB, 0xBF] + Array(pdf.utf8)))
        #expect(!PDFText.isPDF(Array("Notes on %PDF-1.4 files.".utf8)))
    }

    @Test("a legacy encoding the analyst names is read byte by byte: quotes, dashes, € and accents")
    func legacyEncodings() throws {
        let bytes: [UInt8] = Array("The caf".utf8) + [0xE9] + Array(" owner said ".utf8) + [0x93] + Array("we lost ".utf8)
            + [0x80] + Array("300".utf8) + [0x94, 0x20, 0x96] + Array(" a sum.\r\nNext line.".utf8)
        #expect(try TextDecoder.decode(bytes, source: "a.txt", encoding: .windows1252)
            == "The café owner said “we lost €300” – a sum.\nNext line.")
        #expect(try TextDecoder.decode([0x41, 0xA4, 0xE9], source: "a.txt", encoding: .latin9) == "A€é")
        #expect(try TextDecoder.decode([0x41, 0xA4, 0xE9], source: "a.txt", encoding: .latin1) == "A¤é")
        // A decomposed accent has no byte here, but the text is still NFC afterwards.
        #expect(try TextDecoder.decode([0x65, 0xB4], source: "a.txt", encoding: .latin1) == "e´")
        #expect(throws: InputError(source: "a.txt", problem: .undefinedInEncoding("windows-1252", offset: 4))) {
            try TextDecoder.decode(Array("Bad ".utf8) + [0x81], source: "a.txt", encoding: .windows1252)
        }
        #expect(throws: InputError(source: "a.txt", problem: .binary(offset: 3))) {
            try TextDecoder.decode(Array("abc".utf8) + [0x00] + Array("def".utf8), source: "a.txt", encoding: .latin1)
        }
        #expect(InputError(source: "a.txt", problem: .undefinedInEncoding("windows-1252", offset: 4)).description
            == "a.txt: has a byte that windows-1252 does not define (offset 4); it may be in another encoding")
    }

    @Test("error messages name the file and say what to do")
    func messages() {
        let error = InputError(source: "notes/a.txt", problem: .invalidUTF8(offset: 3))
        #expect(error.description == "notes/a.txt: is not valid UTF-8 (bad byte at offset 3); if it is an older file, name its encoding (--encoding windows-1252, latin1 or latin9), or save it as UTF-8")
        #expect(InputError(source: "-", problem: .empty).description == "<stdin>: is empty: there is nothing to analyze")
    }

    @Test("a 20 MB single line decodes and extracts")
    func hugeLine() throws {
        let sentence = "The regime held 42 prisoners in Evin for three months. "
        let repeats = 20_000_000 / sentence.utf8.count
        let bytes = Array(String(repeating: sentence, count: repeats).utf8)
        let document = try Extractor().extract(bytes: bytes, source: "huge.txt", format: .text)
        #expect(document.sentences.count == repeats)
        #expect(document.paragraphs.count == 1)
        #expect(document.assertions.last?.end == document.text.unicodeScalars.count)
    }
}
