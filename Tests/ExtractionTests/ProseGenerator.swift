/// Deterministic random documents for the fidelity property tests: words, figures, list
/// markers, hard wraps at ragged widths, blank lines, headings, quotes, boilerplate lines, and
/// for Markdown and HTML their markup. A seed always gives the same documents.
struct ProseGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    private mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    private static let words = [
        "the", "regime", "arrested", "activists", "in", "spring", "and", "courts", "sentenced", "of", "by",
        "Officials", "said", "Taxes", "rise", "Spending", "falls", "Percent", "exports", "Iran’s", "Zürich",
        "café", "Mr.", "Dr.", "No.", "a.m.", "U.S.", "e.g.", "grew", "to", "Britain", "Observers", "unfair",
    ]
    private static let figures = ["30", "30.", "1,000", "3.5%", "£5bn", "−3", "-1", "2)", "1.", "40%", "2019", "12.5", "½", "٣"]
    private static let markers = ["1.", "2.", "3)", "10.", "-", "*", "•", "–", "▪", "◦", "⁃", "30."]
    private static let furniture = ["Share this:", "Exit mobile version", "No comments:", "Advertisement", "NCRI"]

    private mutating func word() -> String { chance(20) ? pick(Self.figures) : pick(Self.words) }

    private mutating func sentence() -> String {
        var words = (0..<(2 + below(14))).map { _ in word() }
        if chance(60) { words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst() }
        return words.joined(separator: " ") + (chance(80) ? pick([".", "!", "?", ":", ";", ",", "…"]) : "")
    }

    /// Words laid out on lines no longer than a width that may change from line to line.
    private mutating func wrapped(_ text: String) -> [String] {
        var lines: [String] = [], line = ""
        var width = 20 + below(80)
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
                if chance(30) { width = 20 + below(80) }
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private mutating func paragraphText() -> String { (0..<(1 + below(5))).map { _ in sentence() }.joined(separator: " ") }

    mutating func plainText() -> String {
        var lines: [String] = []
        for _ in 0..<(1 + below(8)) {
            switch below(7) {
            case 0: lines.append((0..<(1 + below(6))).map { _ in pick(Self.words) }.joined(separator: " "))
            case 1: for _ in 0..<(1 + below(4)) { lines.append(pick(Self.markers) + " " + sentence()) }
            case 2: lines += wrapped(paragraphText()).map { (chance(50) ? "> " : ">") + $0 }
            case 3: lines.append(pick(Self.furniture))
            case 4: lines.append(paragraphText() + " " + paragraphText())
            default: lines += wrapped(paragraphText()).map { chance(5) ? "  " + $0 : $0 }
            }
            lines += Array(repeating: chance(30) ? "   " : "", count: below(3))
        }
        return lines.joined(separator: chance(10) ? "\n\n" : "\n")
    }

    mutating func markdown() -> String {
        var blocks: [String] = []
        if chance(20) { blocks.append("---\ntitle: \(sentence())\n---") }
        for _ in 0..<(1 + below(8)) {
            switch below(8) {
            case 0: blocks.append(String(repeating: "#", count: 1 + below(3)) + " " + sentence())
            case 1: blocks.append((1...(1 + below(4))).map { "\(pick(["-", "*", "+", "\($0).", "\($0))"])) \(chance(20) ? "[x] " : "")\(sentence())" }.joined(separator: "\n"))
            case 2: blocks.append(wrapped(paragraphText()).map { "> " + $0 }.joined(separator: "\n"))
            case 3: blocks.append("```\n\(sentence())\n```")
            case 4: blocks.append("| \(word()) | \(word()) |\n|---|---|\n| \(word()) | \(word()) |")
            case 5: blocks.append("Some **\(word())** and _\(word())_ with [\(word())](http://example.org/\(below(99))) and `\(word())`.")
            default: blocks.append(wrapped(paragraphText()).joined(separator: "\n"))
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    mutating func html() -> String {
        var body = ""
        for _ in 0..<(1 + below(8)) {
            switch below(7) {
            case 0: body += "<h\(1 + below(3))>\(sentence())</h1>"
            case 1: body += "<ol>" + (0..<(1 + below(4))).map { _ in "<li>\(sentence())</li>" }.joined() + "</ol>"
            case 2: body += "<nav>\(sentence())</nav><script>var x = \(below(99));</script>"
            case 3: body += "<p>\(word()) &amp; \(word()) &#51;0 <b>\(word())</b>\(word())<br>\(sentence())</p>"
            case 4: body += "<blockquote>\(paragraphText())</blockquote>"
            default: body += "<p>" + wrapped(paragraphText()).joined(separator: "\n") + "</p>\n"
            }
        }
        return "<html><head><title>\(sentence())</title></head><body>\(body)</body></html>"
    }
}
