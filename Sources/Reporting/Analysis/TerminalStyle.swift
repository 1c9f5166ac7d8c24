/// ANSI styling for terminal output, or none: colour is used only when writing to a terminal.
public struct TerminalStyle: Sendable {
    public let enabled: Bool
    /// Columns to wrap text at.
    public let width: Int

    public init(enabled: Bool, width: Int = 100) {
        self.enabled = enabled
        self.width = max(40, width)
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func color(_ text: String, _ code: String) -> String { wrap(text, code) }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
