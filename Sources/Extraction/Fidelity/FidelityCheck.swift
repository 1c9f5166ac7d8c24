import AssayCore

/// The promise every extracted document keeps about its words: every word and figure of the
/// input's prose (`ProseReader`) is in the document's normalised `text` or in its
/// `boilerplate` lines, in order. Words and figures are compared letter by letter and digit by
/// digit (Unicode letters and numbers); spaces, punctuation and markup may change, nothing
/// else. The tests, the fuzz targets (Fuzz/) and `scripts/check-fidelity.sh` check it.
public enum FidelityCheck {
    /// A word of the prose that the document lost, with the prose around it.
    public struct MissingWord: Sendable, Equatable, CustomStringConvertible {
        public var word: String
        public var context: String

        public var description: String { "“\(word)” is missing from the text and the boilerplate (in “\(context)”)" }
    }

    /// The first word of `input`'s prose that `document` does not keep, or nil when it keeps
    /// them all. `input` is the decoded text the document was extracted from.
    public static func firstMissingWord(in document: Document, input: String, format: DocumentFormat) -> MissingWord? {
        let prose = Array(ProseReader.prose(of: input, format: format).unicodeScalars)
        let wanted = prose.indices.filter { isWordScalar(prose[$0]) }
        let text = wordScalars(of: document.text)
        let boilerplate = document.boilerplate.map { wordScalars(of: $0.text) }.filter { !$0.isEmpty }
        // Markdown's prose is stripped in larger chunks than the converter's blocks, so the text
        // may keep a few characters of syntax the prose lost; elsewhere it keeps exactly the prose.
        let slack = format == .markdown ? 64 : 0
        var position = 0, textPosition = 0, line = 0
        while position < wanted.count {
            let scalar = prose[wanted[position]]
            let boilerplateHere = line < boilerplate.count && matches(boilerplate[line], prose, wanted, at: position)
            if boilerplateHere && !matches(boilerplate[line], text, at: textPosition) {
                position += boilerplate[line].count
                line += 1
                continue
            }
            if let found = (textPosition..<min(text.count, textPosition + 1 + slack)).first(where: { text[$0] == scalar }) {
                textPosition = found + 1
                position += 1
            } else if boilerplateHere {
                position += boilerplate[line].count
                line += 1
            } else {
                return missing(prose, at: wanted[position])
            }
        }
        return nil
    }

    /// The broken promise as one line, or none: what the tests and fuzz targets collect.
    public static func violations(of document: Document, input: String, format: DocumentFormat) -> [String] {
        firstMissingWord(in: document, input: input, format: format).map { ["\(format): \($0)"] } ?? []
    }

    /// Letters and digits: what a word or a figure is made of.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func wordScalars(of text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter(isWordScalar)
    }

    private static func matches(_ run: [Unicode.Scalar], _ prose: [Unicode.Scalar], _ wanted: [Int], at position: Int) -> Bool {
        position + run.count <= wanted.count && run.indices.allSatisfy { prose[wanted[position + $0]] == run[$0] }
    }

    private static func matches(_ run: [Unicode.Scalar], _ text: [Unicode.Scalar], at position: Int) -> Bool {
        position + run.count <= text.count && run.indices.allSatisfy { text[position + $0] == run[$0] }
    }

    /// The word around `offset` in the prose and up to 40 scalars either side of it.
    private static func missing(_ prose: [Unicode.Scalar], at offset: Int) -> MissingWord {
        var start = offset, end = offset
        while start > 0, isWordScalar(prose[start - 1]) { start -= 1 }
        while end < prose.count, isWordScalar(prose[end]) { end += 1 }
        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: prose[range].map { $0 == "\n" || $0 == "\t" ? " " : $0 })
            return String(view)
        }
        return MissingWord(word: string(start..<end), context: string(max(0, start - 40)..<min(prose.count, end + 40)))
    }
}
