/// ANSI attributes for the review screen. The review only runs on a terminal, so bold, dim and
/// underline are always used; colours only when NO_COLOR is not set (https://no-color.org).
struct ScreenStyle {
    let colors: Bool

    static let clear = "\u{1B}[H\u{1B}[2J"

    static func bold(_ text: String) -> String { "\u{1B}[1m\(text)\u{1B}[0m" }
    static func dim(_ text: String) -> String { "\u{1B}[2m\(text)\u{1B}[0m" }

    /// `codes` (SGR parameters such as "1;33") applied to `text`, then reset.
    static func apply(_ codes: String, _ text: String) -> String { "\u{1B}[\(codes)m\(text)\u{1B}[0m" }

    /// The SGR parameters that mark a flag of `category`: its colour, or underline without colours.
    func flag(_ category: String) -> String {
        guard colors else { return "4" }
        switch category {
        case "attribution": return "33"
        case "numeric": return "36"
        case "framing": return "35"
        default: return "31"
        }
    }

    func category(_ category: String) -> String { ScreenStyle.apply(flag(category), category) }

    func success(_ text: String) -> String { colors ? ScreenStyle.apply("32", text) : ScreenStyle.bold(text) }
    func failure(_ text: String) -> String { colors ? ScreenStyle.apply("1;31", text) : ScreenStyle.bold(text) }
}
