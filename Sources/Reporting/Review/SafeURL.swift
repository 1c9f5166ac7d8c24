import Foundation

/// Which URLs a report may turn into links: absolute http(s) with a host, nothing else
/// (`javascript:`, `data:`, relative paths stay text).
enum SafeURL {
    static func isHTTP(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return false }
        return !url.unicodeScalars.contains { $0.value < 0x21 || $0 == "\"" || $0 == "'" || $0 == "<" || $0 == ">" || $0 == "`" }
    }
}
