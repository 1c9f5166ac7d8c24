import Foundation

/// `assay.toml`: a project's defaults, found like git finds `.git` — in the working folder or
/// the nearest folder above it that has one. A small subset of TOML, one `key = "value"` a line:
///
/// ```toml
/// # the team's review of the Iran dossier
/// db = "reviews/iran.sqlite"    # the workbench; relative to this file's folder
/// analyst = "ann"               # who records, unless --analyst or ASSAY_ANALYST says otherwise
/// publisher = "NCRI"            # analyze and ingest: the documents' publisher
/// rules = "packs"               # analyze and ingest: a folder of rule packs added to the shipped ones
/// ```
public struct ProjectFile: Sendable, Equatable {
    public static let name = "assay.toml"
    public static let keys = ["db", "analyst", "publisher", "rules"]

    /// The file's path.
    public var path: String
    /// The workbench path, made absolute against the file's folder.
    public var db: String?
    public var analyst: String?
    public var publisher: String?
    /// A rule pack folder, made absolute against the file's folder.
    public var rules: String?

    /// The nearest project file from `folder` upwards, read; nil when there is none.
    public static func find(from folder: String) throws(ProjectFileError) -> ProjectFile? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: candidate) { return try read(path: candidate) }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    public static func read(path: String) throws(ProjectFileError) -> ProjectFile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ProjectFileError(file: path, line: nil, message: "cannot be read as UTF-8 text")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var project = ProjectFile(path: path)
        var seen = Set<String>()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let problem = { (message: String) in ProjectFileError(file: path, line: number + 1, message: message) }
            guard let (key, value) = try parse(line, problem) else { continue }
            guard keys.contains(key) else {
                throw problem("unknown key '\(key)' (a project file sets \(keys.joined(separator: ", ")))")
            }
            guard seen.insert(key).inserted else { throw problem("'\(key)' is set twice") }
            guard !value.isEmpty else { throw problem("'\(key)' is empty") }
            switch key {
            case "db": project.db = folder.appendingPathComponent(value).standardizedFileURL.path
            case "analyst": project.analyst = value
            case "publisher": project.publisher = value
            default: project.rules = folder.appendingPathComponent(value).standardizedFileURL.path
            }
        }
        return project
    }

    /// `key = "value"`, or nil for a blank or comment line.
    private static func parse(_ line: Substring, _ problem: (String) -> ProjectFileError) throws(ProjectFileError) -> (String, String)? {
        let line = line.trimmingCharacters(in: .whitespaces)
        if line.isEmpty || line.hasPrefix("#") { return nil }
        guard let equals = line.firstIndex(of: "=") else { throw problem("expected key = \"value\"") }
        let key = line[..<equals].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            throw problem("expected key = \"value\"")
        }
        var rest = line[line.index(after: equals)...].drop { $0 == " " || $0 == "\t" }
        guard rest.first == "\"" else { throw problem("the value of '\(key)' must be a \"quoted string\"") }
        rest = rest.dropFirst()
        var value = ""
        var escaped = false
        while let character = rest.first {
            rest = rest.dropFirst()
            if escaped {
                switch character {
                case "\"", "\\": value.append(character)
                case "n": value.append("\n")
                case "t": value.append("\t")
                default: throw problem("unknown escape '\\\(character)' in the value of '\(key)'")
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                let trailing = rest.trimmingCharacters(in: .whitespaces)
                guard trailing.isEmpty || trailing.hasPrefix("#") else {
                    throw problem("unexpected text after the value of '\(key)'")
                }
                return (key, value)
            } else {
                value.append(character)
            }
        }
        throw problem("the value of '\(key)' has no closing quote")
    }
}

/// A project file that cannot be used, with its file and line.
public struct ProjectFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String { (line.map { "\(file):\($0)" } ?? file) + ": " + message }
}
