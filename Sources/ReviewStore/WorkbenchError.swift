/// Why a workbench operation was refused. Each case says what went wrong in the analyst's words;
/// the CLI prints `error: <description>` and exits 2. A refused operation changes nothing.
public enum WorkbenchError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// An SQLite database that some other program owns.
    case notAWorkbench(path: String)
    /// Written by a newer `assay`: refused rather than touched.
    case newerSchema(path: String)
    case missing(path: String)
    case cannotOpen(path: String, reason: String)
    case readOnly(path: String)
    /// SQLite's quick check found the file damaged: commands that write refuse it.
    case damaged(path: String, problem: String)
    case unknownClaim(String)
    case ambiguousClaim(String, candidates: [String])
    case unknownFinding(String)
    case ambiguousFinding(String, candidates: [String])
    case unknownDocument(String)
    case unknownSource(String)
    case invalid(String)
    case storage(String)

    public var description: String {
        switch self {
        case .notADatabase(let path): "\(path): is not an SQLite database (not an Assay workbench); nothing was changed"
        case .notAWorkbench(let path): "\(path): is an SQLite database but not an Assay workbench; nothing was changed"
        case .newerSchema(let path): "\(path): was written by a newer version of assay; upgrade assay to use it (nothing was changed)"
        case .missing(let path): "\(path): no workbench here yet; create one with 'assay ingest FILE' (or give --db)"
        case .cannotOpen(let path, let reason): "\(path): cannot open the workbench: \(reason)"
        case .readOnly(let path): "\(path): the workbench is read-only; this command writes, so nothing was changed"
        case .damaged(let path, let problem):
            "\(path): the workbench file is damaged (\(problem)), so this command, which writes, changed nothing; "
                + "'assay check' lists the problems, read commands still work, restore from a backup"
        case .unknownClaim(let id): "no claim with id '\(id)' (see 'assay claims')"
        case .ambiguousClaim(let id, let candidates):
            "claim id '\(id)' is ambiguous: it matches \(candidates.prefix(5).joined(separator: ", "))\(candidates.count > 5 ? "…" : ""); give more characters"
        case .unknownFinding(let id): "no finding with id '\(id)' (see 'assay findings')"
        case .ambiguousFinding(let id, let candidates):
            "finding id '\(id)' is ambiguous: it matches \(candidates.prefix(5).joined(separator: ", "))\(candidates.count > 5 ? "…" : ""); give more characters"
        case .unknownDocument(let name): "no document named '\(name)' in the workbench (see 'assay claims' or 'assay stats')"
        case .unknownSource(let name): "no source named '\(name)' in the registry (see 'assay sources list')"
        case .invalid(let message): message
        case .storage(let message): "the workbench could not be written: \(message); nothing was changed"
        }
    }
}
