/// A stored document's version as analysts write it: `NAME@N` is version N, `NAME` the latest.
/// A document name never holds `@` (`DocumentName`), so the last `@` always splits.
public struct VersionReference: Equatable, Sendable {
    public var name: String
    /// nil for the latest version.
    public var version: Int?

    public init(name: String, version: Int? = nil) {
        self.name = name
        self.version = version
    }

    /// `NAME@N` (N a whole number) or `NAME`; nil when there is no name before the `@`.
    public init?(_ text: String) {
        guard let at = text.lastIndex(of: "@") else {
            self.init(name: text)
            return
        }
        guard at != text.startIndex, let version = Int(text[text.index(after: at)...]) else { return nil }
        self.init(name: String(text[..<at]), version: version)
    }
}
