/// What is wrong with one line of a workbench export: the file itself (its header, a line that
/// is not a row), or a row that this workbench refuses at import. `WorkbenchError.exportLine`
/// puts the file and line in front (`<source>:<line>: problem`).
public enum ExportLineProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file is empty, or its first line blank.
    case noHeader
    /// The first line is not the header `{"format":"assay-workbench",…}`.
    case notAnExport
    /// The header's schemaVersion is missing or not a positive whole number.
    case noSchemaVersion
    /// Written by a newer assay, at a schema version this one does not know.
    case newerSchema(Int)
    /// Not a row line `{"table": …, "row": {…}}`; `explanation` says where and why.
    case notARow(explanation: String)
    /// A row of a table the workbench does not have.
    case unknownTable(String)
    /// A row with no column at all.
    case noColumns(table: String)
    /// A column the table does not have; `known` lists the table's columns.
    case unknownColumn(table: String, column: String, known: [String])
    /// A text value holding NUL, which SQLite's text functions and every reader stop at.
    case nulCharacter(table: String, column: String)
    /// SQLite refused the row (a constraint, a type); `reason` is its message.
    case rowRefused(table: String, reason: String)

    public var description: String {
        switch self {
        case .noHeader:
            "no header: an export starts with {\"format\":\"\(WorkbenchExport.format)\",\"schemaVersion\":…}"
        case .notAnExport:
            "not an assay workbench export: the first line must be the header "
                + "{\"format\":\"\(WorkbenchExport.format)\",\"schemaVersion\":…}"
        case .noSchemaVersion: "the header has no valid schemaVersion (a positive whole number)"
        case .newerSchema(let version):
            "written by a newer assay (schema version \(version); this assay reads up to \(WorkbenchExport.schemaVersion)); "
                + "upgrade assay to import it"
        case .notARow(let explanation): explanation
        case .unknownTable(let table):
            "unknown table '\(table)' (expected one of: \(WorkbenchTables.ordered.joined(separator: ", ")))"
        case .noColumns(let table): "the \(table) row has no columns"
        case .unknownColumn(let table, let column, let known):
            "table '\(table)' has no column '\(column)' (it has: \(known.joined(separator: ", ")))"
        case .nulCharacter(let table, let column):
            "the \(table) row's \(column) holds a NUL character (\\u0000), which a workbench cannot keep"
        case .rowRefused(let table, let reason): "the \(table) row was refused: \(reason)"
        }
    }
}
