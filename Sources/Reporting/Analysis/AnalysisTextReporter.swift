import AssayCore
import AssayText

/// `assay analyze --format text`: for people at a terminal. Each document gets a header line,
/// then its assertions numbered by paragraph, each with kind, check-worthiness, id and reasons,
/// and the findings that touch it (a finding spanning two assertions is shown under both).
/// The layout may change between versions; programs should read the JSON output.
public struct AnalysisTextReporter: AnalysisReporter {
    private let style: TerminalStyle
    /// Width of the "   1  factual     0.55  " label, so wrapped lines align with the text.
    private static let textIndent = 24

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func header() -> [UInt8] { [] }

    /// A blank line between documents.
    public var separator: [UInt8] { Array("\n".utf8) }

    public func document(_ document: Document) -> [UInt8] {
        var lines: [String] = []
        lines.append(style.bold(visible(document.source == "-" ? "<stdin>" : document.source))
                     + (document.title.map { " — " + visible($0) } ?? ""))
        lines.append(style.dim(summary(document)))
        for line in document.boilerplate {
            lines.append(style.dim("  set aside as boilerplate: “\(visible(line.text))”" + (line.line.map { " (line \($0))" } ?? "")))
        }
        let findingsByAssertion = FindingPlacement.byAssertion(document)
        var paragraph = -1
        let text = ScalarIndexedText(document.text)
        for (number, assertion) in document.assertions.enumerated() {
            if assertion.paragraph != paragraph {
                paragraph = assertion.paragraph
                lines.append("")
                lines.append(style.dim("¶\(paragraph + 1)" + roleNote(document.paragraphs.indices.contains(paragraph) ? document.paragraphs[paragraph] : nil, text)))
            }
            lines += render(assertion, number: number + 1, findings: findingsByAssertion[number] ?? [])
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// " (heading)", or " (listItem 2.)" with the item's marker; nothing for a plain paragraph.
    private func roleNote(_ paragraph: Paragraph?, _ text: ScalarIndexedText) -> String {
        guard let paragraph, paragraph.role != .paragraph else { return "" }
        return " (" + paragraph.role.rawValue + (paragraph.listMarker(in: text).map { " " + visible($0) } ?? "") + ")"
    }

    public func footer(errors: [(source: String, message: String)]) -> [UInt8] { [] }

    private func summary(_ document: Document) -> String {
        let worthy = document.assertions.filter { $0.checkworthiness >= Assertion.checkWorthyScore }.count
        return "\(document.format.rawValue) · \(Noun.count(document.paragraphs.count, "paragraph")) · "
            + "\(Noun.count(document.sentences.count, "sentence")) · \(Noun.count(document.assertions.count, "claim"))"
            + " (\(worthy) check-worthy) · \(Noun.count(document.findings.count, "finding"))"
    }

    private func render(_ assertion: Assertion, number: Int, findings: [Finding]) -> [String] {
        let label = String(number).leftPadded(to: 4) + "  " + kindLabel(assertion.kind) + "  "
            + scoreLabel(assertion.checkworthiness) + "  "
        let indent = String(repeating: " ", count: Self.textIndent)
        var lines = wrap(visible(assertion.text), width: style.width - Self.textIndent).enumerated().map { index, line in
            (index == 0 ? label : indent) + line
        }
        let details = ([AssertionID.shown(assertion.id)] + assertion.reasons).joined(separator: " · ")
        lines += wrap(visible(details), width: style.width - Self.textIndent).map { indent + style.dim($0) }
        for finding in findings {
            let flag = "⚑ \(finding.severity.rawValue) \(finding.rule): \(finding.message)"
            lines += wrap(visible(flag), width: style.width - Self.textIndent).map { indent + style.color($0, severityColor(finding.severity)) }
        }
        return lines
    }

    private func severityColor(_ severity: Severity) -> String {
        switch severity {
        case .info: "36"
        case .warning: "33"
        case .error: "31"
        }
    }

    private func kindLabel(_ kind: AssertionKind) -> String {
        let padded = kind.rawValue.rightPadded(to: 10)
        switch kind {
        case .factual: return style.color(padded, "36")
        case .opinion: return style.color(padded, "35")
        case .normative: return style.color(padded, "31")
        case .prediction: return style.color(padded, "34")
        case .question: return style.color(padded, "33")
        }
    }

    private func scoreLabel(_ score: Double) -> String {
        let text = String(format2: score)
        return score >= Assertion.checkWorthyScore ? style.bold(text) : text
    }

    /// Document text is shown, never acted on: a bidi control cannot reorder the report's
    /// columns, nor a control character reach the terminal.
    private func visible(_ text: String) -> String { InvisibleCharacters.forTerminal(text) }


    /// Greedy word wrap on scalar counts; splits on UTF-8 spaces, which is fast on long text.
    private func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        var currentLength = 0
        for word in text.utf8.split(separator: 0x20) {
            let length = word.count { !UTF8Bytes.isContinuation($0) }
            if currentLength > 0 && currentLength + 1 + length > width {
                lines.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                currentLength = 0
            }
            if currentLength > 0 {
                current.append(0x20)
                currentLength += 1
            }
            current += word
            currentLength += length
        }
        if !current.isEmpty || lines.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
        return lines
    }
}

private extension String {
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        self = "\(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2, with: "0"))"
    }

    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        String(repeating: pad, count: max(0, width - count)) + self
    }

    func rightPadded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
