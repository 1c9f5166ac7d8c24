/// Splits HTML into tokens in one forward pass over its UTF-8 bytes, much as a browser's
/// tokenizer does, and never fails: a `<` that starts no markup is text, a tag cut off by the
/// end of the input is dropped, an unterminated comment runs to the end. Comments, doctypes and
/// processing instructions are consumed without producing a token.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    private static let commentOpener = Array("--".utf8)
    private static let cdataOpener = Array("[CDATA[".utf8)

    private let bytes: [UInt8]
    private var position = 0
    /// 1-based line of `position`.
    private var line = 1
    /// Set after the start tag of a raw-text element: its content comes next.
    private var pendingRawText: String?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func next() -> HTMLToken? {
        while position < bytes.count {
            if let element = pendingRawText {
                pendingRawText = nil
                if let token = rawText(of: element) { return token }
            } else if startsMarkup(at: position) {
                if let token = markup() { return token }
            } else {
                return text()
            }
        }
        return nil
    }

    // MARK: Text

    private func byte(_ index: Int) -> UInt8? {
        index >= 0 && index < bytes.count ? bytes[index] : nil
    }

    /// Whether a `<` at `index` opens a tag, end tag, comment, doctype… rather than being text.
    private func startsMarkup(at index: Int) -> Bool {
        guard byte(index) == HTMLBytes.lessThan, let next = byte(index + 1) else { return false }
        switch next {
        case UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case HTMLBytes.slash: return index + 2 < bytes.count
        default: return HTMLBytes.isLetter(next)
        }
    }

    private mutating func text() -> HTMLToken {
        let start = position
        let startLine = line
        var end = position + 1
        while end < bytes.count, !startsMarkup(at: end) { end += 1 }
        advance(to: end)
        return .text(start..<end, line: startLine)
    }

    private mutating func rawText(of element: String) -> HTMLToken? {
        let start = position
        let name = Array(element.utf8)
        var end = position
        while end < bytes.count {
            if bytes[end] == HTMLBytes.lessThan, byte(end + 1) == HTMLBytes.slash, isName(name, at: end + 2) { break }
            end += 1
        }
        advance(to: end)
        return end > start ? .rawText(start..<end, element: element) : nil
    }

    /// Whether `name` (lowercase) is at `index`, case-insensitively, followed by the end of a tag name.
    private func isName(_ name: [UInt8], at index: Int) -> Bool {
        for (offset, expected) in name.enumerated() {
            guard let actual = byte(index + offset), HTMLBytes.lowercased(actual) == expected else { return false }
        }
        guard let after = byte(index + name.count) else { return false }
        return HTMLBytes.isWhitespace(after) || after == HTMLBytes.slash || after == HTMLBytes.greaterThan
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        pattern.enumerated().allSatisfy { offset, expected in byte(index + offset) == expected }
    }

    private mutating func advance(to end: Int) {
        let end = Swift.min(end, bytes.count)
        while position < end {
            if bytes[position] == HTMLBytes.newline { line += 1 }
            position += 1
        }
    }

    // MARK: Markup

    /// Reads the markup at `position` (a `<` that `startsMarkup`); nil when it yields no token.
    private mutating func markup() -> HTMLToken? {
        switch byte(position + 1) {
        case UInt8(ascii: "!"):
            if matches(Self.commentOpener, at: position + 2) {
                skipComment()
            } else if matches(Self.cdataOpener, at: position + 2) {
                return cdata()
            } else {
                skipToTagEnd(from: position + 2)
            }
        case UInt8(ascii: "?"):
            skipToTagEnd(from: position + 2)
        case HTMLBytes.slash:
            if let next = byte(position + 2), HTMLBytes.isLetter(next) { return tag(isEnd: true) }
            if byte(position + 2) == HTMLBytes.greaterThan {
                advance(to: position + 3)
            } else {
                skipToTagEnd(from: position + 2)
            }
        default:
            return tag(isEnd: false)
        }
        return nil
    }

    /// Skips `<!-- … -->`, also ended by `--!>`; `<!-->` and `<!--->` are empty comments.
    private mutating func skipComment() {
        advance(to: commentEnd(from: position + 4))
    }

    /// The index just past the comment whose content starts at `start`, or the end of the input.
    private func commentEnd(from start: Int) -> Int {
        let dash = UInt8(ascii: "-")
        if byte(start) == HTMLBytes.greaterThan { return start + 1 }
        if byte(start) == dash, byte(start + 1) == HTMLBytes.greaterThan { return start + 2 }
        var index = start
        while index < bytes.count {
            if bytes[index] == dash, byte(index + 1) == dash {
                if byte(index + 2) == HTMLBytes.greaterThan { return index + 3 }
                if byte(index + 2) == UInt8(ascii: "!"), byte(index + 3) == HTMLBytes.greaterThan { return index + 4 }
            }
            index += 1
        }
        return bytes.count
    }

    /// Doctypes, processing instructions and other `<!…>` / `</…>` oddities end at the next `>`.
    private mutating func skipToTagEnd(from start: Int) {
        var index = start
        while index < bytes.count, bytes[index] != HTMLBytes.greaterThan { index += 1 }
        advance(to: index + 1)
    }

    private mutating func cdata() -> HTMLToken? {
        let start = position + 2 + Self.cdataOpener.count
        let startLine = line
        let bracket = UInt8(ascii: "]")
        var end = start
        while end < bytes.count,
              !(bytes[end] == bracket && byte(end + 1) == bracket && byte(end + 2) == HTMLBytes.greaterThan) {
            end += 1
        }
        advance(to: end + 3)
        return end > start ? .cdata(start..<end, line: startLine) : nil
    }

    private mutating func tag(isEnd: Bool) -> HTMLToken? {
        var index = position + (isEnd ? 2 : 1)
        let nameStart = index
        while index < bytes.count, !endsName(bytes[index]) { index += 1 }
        let name = HTMLBytes.lowercasedString(bytes[nameStart..<index])
        var attributes: [HTMLToken.Attribute] = []
        var names: Set<String> = []
        var selfClosing = false
        scanning: while true {
            while index < bytes.count, HTMLBytes.isWhitespace(bytes[index]) { index += 1 }
            guard index < bytes.count else {
                // A tag cut off by the end of the input is dropped, as browsers do.
                advance(to: bytes.count)
                return nil
            }
            switch bytes[index] {
            case HTMLBytes.greaterThan:
                index += 1
                break scanning
            case HTMLBytes.slash:
                index += 1
                if byte(index) == HTMLBytes.greaterThan {
                    selfClosing = true
                    index += 1
                    break scanning
                }
            default:
                guard let (attribute, next) = attribute(at: index, decodingValue: !isEnd) else {
                    advance(to: bytes.count)
                    return nil
                }
                // A repeated attribute is ignored, as browsers do.
                if !isEnd && names.insert(attribute.name).inserted { attributes.append(attribute) }
                index = next
            }
        }
        advance(to: index)
        if isEnd { return .endTag(name: name) }
        if !selfClosing && HTMLElements.rawText.contains(name) { pendingRawText = name }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private func endsName(_ byte: UInt8) -> Bool {
        HTMLBytes.isWhitespace(byte) || byte == HTMLBytes.slash || byte == HTMLBytes.greaterThan
    }

    /// Reads the attribute at `start` (not whitespace, `/` or `>`) and returns it with the index
    /// after it; nil when the input ends inside a quoted value.
    private func attribute(at start: Int, decodingValue: Bool) -> (HTMLToken.Attribute, Int)? {
        // The first character may be `=`: `<a =b>` has an attribute named "=b".
        var index = start + 1
        while index < bytes.count, !endsName(bytes[index]), bytes[index] != HTMLBytes.equals { index += 1 }
        let name = HTMLBytes.lowercasedString(bytes[start..<index])
        var valueStart = index
        while valueStart < bytes.count, HTMLBytes.isWhitespace(bytes[valueStart]) { valueStart += 1 }
        guard byte(valueStart) == HTMLBytes.equals else { return (HTMLToken.Attribute(name: name, value: ""), index) }
        valueStart += 1
        while valueStart < bytes.count, HTMLBytes.isWhitespace(bytes[valueStart]) { valueStart += 1 }
        guard let first = byte(valueStart) else { return nil }
        let value: Range<Int>
        let next: Int
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var end = valueStart + 1
            while end < bytes.count, bytes[end] != first { end += 1 }
            guard end < bytes.count else { return nil }
            value = valueStart + 1..<end
            next = end + 1
        } else {
            var end = valueStart
            while end < bytes.count, !HTMLBytes.isWhitespace(bytes[end]), bytes[end] != HTMLBytes.greaterThan { end += 1 }
            value = valueStart..<end
            next = end
        }
        let decoded = decodingValue ? HTMLEntities.decode(bytes, value, inAttribute: true) : ""
        return (HTMLToken.Attribute(name: name, value: decoded), next)
    }
}
