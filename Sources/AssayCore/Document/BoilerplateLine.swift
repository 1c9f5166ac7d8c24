/// A line set aside as site furniture ("Exit mobile version", "Post a Comment"…): kept out of
/// the normalised text so it is not analysed, but always reported.
public struct BoilerplateLine: Sendable, Hashable, Codable {
    public var text: String
    /// 1-based line of the input it came from, when the input has lines that map to it.
    public var line: Int?

    public init(text: String, line: Int?) {
        self.text = text
        self.line = line
    }
}
