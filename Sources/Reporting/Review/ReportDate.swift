/// The calendar day of a workbench timestamp, for the formats that show dates, not times.
enum ReportDate {
    /// `2025-03-14` from `2025-03-14T09:26:53.589Z` (workbench timestamps are UTC, so this is
    /// the UTC day); nil when the text does not begin with a `YYYY-MM-DD` date.
    static func day(_ timestamp: String) -> String? {
        let scalars = Array(timestamp.unicodeScalars.prefix(11))
        guard scalars.count >= 10, scalars.count == 10 || scalars[10] == "T" || scalars[10] == " " else { return nil }
        for (offset, scalar) in scalars.prefix(10).enumerated() {
            let isDash = offset == 4 || offset == 7
            guard isDash ? scalar == "-" : ("0"..."9").contains(scalar) else { return nil }
        }
        let day = String(String.UnicodeScalarView(scalars.prefix(10)))
        let month = Int(day.dropFirst(5).prefix(2)) ?? 0, date = Int(day.suffix(2)) ?? 0
        return (1...12).contains(month) && (1...31).contains(date) ? day : nil
    }
}
