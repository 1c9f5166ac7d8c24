import Foundation

/// Reads an input's bytes. One document is in memory at a time: callers read, extract and
/// emit each document before reading the next.
public enum InputReader {
    public static func read(_ item: InputItem) throws(InputError) -> [UInt8] {
        switch item {
        case .standardInput:
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            do {
                return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw InputError(source: path, problem: .unreadable(reason(for: error, path: path)))
            }
        }
    }

    private static func reason(for error: Error, path: String) -> String {
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
