import Foundation

/// Times as the workbench stores them: ISO 8601 UTC with milliseconds
/// (`2026-12-01T13:30:05.996Z`), sortable as text.
public enum Timestamp {
    /// Now. Formatted by hand: a date formatter per call cost more than a document's inserts.
    public static func now() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func digits(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(digits(parts.tm_year + 1900, 4))-\(digits(parts.tm_mon + 1, 2))-\(digits(parts.tm_mday, 2))T"
            + "\(digits(parts.tm_hour, 2)):\(digits(parts.tm_min, 2)):\(digits(parts.tm_sec, 2))."
            + "\(digits(Int32(now.tv_nsec / 1_000_000), 3))Z"
    }
}
