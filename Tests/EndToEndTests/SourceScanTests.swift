import Foundation
import Testing
import TestSupport

/// Security properties read off the source itself, so a change that breaks one fails here
/// before any behaviour shows it: SQL text is built from constants and schema names only (user
/// data is always a bound parameter), and nothing in Assay can reach the network.
@Suite("Security, checked on the source")
struct SourceScanTests {
    private static let sourceFiles: [(name: String, text: String)] = {
        let root = Repository.url("Sources")
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".swift") }.sorted().compactMap { path in
            (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)).map { (path, $0) }
        }
    }()

    /// Every expression interpolated into SQL text, and why it cannot carry user data. A new
    /// interpolation must be added here, by someone who checked where its value comes from.
    static let allowedInSQL: Set<String> = [
        "RowDecoding.findingColumns", "RowDecoding.verdictColumns",  // constant column lists
        "VersionText.sql(\"a\")",  // a constant expression over a table alias
        "applicationID",  // a constant Int32
        // The phrase a column names (CompactRows): a constant subquery over a table alias.
        "RowDecoding.phrase(\"a.kind\")", "RowDecoding.phrase(\"a.origin\")", "RowDecoding.phrase(\"f.rule\")",
        "RowDecoding.phrase(\"f.category\")",
        "table", "newTable", "source",  // table and column names fixed in the calling code
        // Names read from the schema or checked against it, quoted by WorkbenchTables.quoted:
        "WorkbenchTables.quoted(layout.table)", "WorkbenchTables.quoted(row.table)", "columns", "order", "names",
        // Constant conditions and table names of DocumentDeletion's DeletedRows (over temp.deleting),
        // and the export's optional row filter, which only they pass.
        "deletionTable", "deletionFilter", "verdictFilter", "rowCondition", "byDocument",
        "placeholders", "Array(repeating: \"?\", count: columns.count).joined(separator: \", \")",  // "?, ?, …"
        "literalConditions",  // " AND instr(lower(s.body), ?) > 0" once per literal: its value is bound
        // Workbench.documentsToMatch: constant fragments chosen by whether the read is filtered;
        // the names, date and version ids are bound (the lists as one JSON array each).
        "condition", "onlyChosen", "onlyChosenFindings",
    ]

    @Test("every SQL statement in Sources/ interpolates only constants and schema names; values are bound parameters")
    func sqlIsParameterised() throws {
        var statements = 0
        var unexpected: [String] = []
        for (name, text) in Self.sourceFiles {
            for literal in SwiftStringLiterals.all(in: text) where literal.wholeMatch(of: Self.sqlStatement) != nil {
                statements += 1
                for expression in SwiftStringLiterals.interpolations(in: literal) where !Self.allowedInSQL.contains(expression) {
                    unexpected.append("\(name): \\(\(expression)) in \(literal.prefix(80))")
                }
            }
        }
        #expect(statements > 100, "the scan found only \(statements) SQL statements: is it still reading Sources/?")
        #expect(unexpected.isEmpty, "interpolated into SQL:\n\(unexpected.joined(separator: "\n"))")
    }

    @Test("the scan catches a statement that interpolates a value")
    func scanCatchesInterpolation() {
        let source = #"let rows = try Row.fetchAll(db, sql: "SELECT * FROM verdicts WHERE note = '\(note)'")"#
        let literals = SwiftStringLiterals.all(in: source)
        #expect(literals.count == 1 && literals[0].wholeMatch(of: Self.sqlStatement) != nil)
        #expect(SwiftStringLiterals.interpolations(in: literals[0]) == ["note"])
    }

    @Test("only assay-fetch reaches out to the network (with its limits): no other URLSession, sockets or remote URL loading (assay serve only listens, through Hummingbird)")
    func noNetworkAccess() {
        let networking = ["URLSession", "FoundationNetworking", "URLRequest", "NWConnection", "CFNetwork", "socket(",
                          "getaddrinfo", "contentsOf: URL(string"]
        let found = Self.sourceFiles.flatMap { file in networking.filter { file.text.contains($0) }.map { "\(file.name): \($0)" } }
        #expect(found.contains("assay-fetch/PageTransfer.swift: URLSession"), "is the scan still reading Sources/?")
        #expect(found.filter { !$0.hasPrefix("assay-fetch/") }.isEmpty, "\(found)")
        #expect(Self.sourceFiles.count > 100)
    }

    /// A literal that starts like an SQL statement.
    private static var sqlStatement: Regex<Substring> {
        /\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP|PRAGMA|WITH)\b[\s\S]*/
    }
}

/// The string literals of Swift source, single- and multi-line, and the expressions
/// interpolated into one: enough of Swift's grammar for the scan above, not a parser.
enum SwiftStringLiterals {
    static func all(in source: String) -> [String] {
        source.matches(of: /"""([\s\S]*?)"""|"((?:[^"\\\n]|\\.)*)"/).map { String($0.output.1 ?? $0.output.2 ?? "") }
    }

    /// `\(expression)` with balanced parentheses.
    static func interpolations(in literal: String) -> [String] {
        var expressions: [String] = []
        var rest = literal[...]
        while let start = rest.range(of: "\\(") {
            var depth = 1
            var index = start.upperBound
            while index < rest.endIndex && depth > 0 {
                if rest[index] == "(" { depth += 1 } else if rest[index] == ")" { depth -= 1 }
                if depth > 0 { index = rest.index(after: index) }
            }
            expressions.append(String(rest[start.upperBound..<index]))
            rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
        }
        return expressions
    }
}
