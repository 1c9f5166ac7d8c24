/// A check of the command line's own that failed after parsing: a file it names cannot be read,
/// the terminal cannot do what the command needs. Printed as `error: <message>`, exit 2.
struct CommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
