import Foundation

/// Makes CSV fields: RFC 4180 quoting, and OWASP's guard against formula injection, so no
/// document text, note or URL runs as a formula when the file is opened in a spreadsheet.
enum CSVText {
    /// A text field: one that begins with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`
    /// (a spreadsheet then shows it as text), and the field is quoted when it needs to be.
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return quoted(value) }
        return quoted("'" + value)
    }

    /// A number the reporter formats itself: written as is, never guarded (it cannot begin
    /// with a formula character, as reports have no negative numbers).
    static func number(_ value: Int) -> String { String(value) }

    /// One record: the fields joined by commas, ended by CRLF.
    static func record(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }

    /// RFC 4180, 2.6–2.7: a field with a comma, a double quote, CR or LF is enclosed in double
    /// quotes, and each double quote inside it is doubled.
    static func quoted(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// What OWASP's "CSV Injection" page lists as the characters a spreadsheet may read as the
    /// start of a formula.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
