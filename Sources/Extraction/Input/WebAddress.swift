/// Tells a web address from a path on the command line: `scheme://…`, the scheme letters,
/// digits, `+`, `-` or `.` after a first letter (RFC 3986). A path such as `notes:v2.txt` has
/// no `//` and stays a path.
enum WebAddress {
    static func scheme(of argument: String) -> String? {
        guard let colon = argument.firstIndex(of: ":"), argument[colon...].hasPrefix("://") else { return nil }
        let scheme = argument[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
              scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }

    static func isFetched(_ scheme: String) -> Bool { scheme == "http" || scheme == "https" }
}
