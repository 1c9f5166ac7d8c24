/// Training data that cannot be learned from: a file that cannot be read or parsed (named with
/// its line), or too few examples.
public struct TrainingDataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (and line) at fault, or the data as a whole ("workbench").
    public var source: String
    public var message: String

    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
