import AssayCore
import AssayText

/// A token of `WordDiff`: a word, a number ("30,000", "3.5") or one punctuation mark, with its
/// `[start, end)` in scalar offsets.
struct WordToken: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int

    static func tokens(_ scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            let start = index
            index += 1
            if isWordScalar(scalar) {
                while index < scalars.count {
                    if isWordScalar(scalars[index]) {
                        index += 1
                    } else if index + 1 < scalars.count, joins(scalars[index - 1], scalars[index], scalars[index + 1]) {
                        index += 2
                    } else {
                        break
                    }
                }
            }
            tokens.append(WordToken(text: ScalarSlice.string(scalars, start, index), start: start, end: index))
        }
        return tokens
    }

    /// A mark that keeps one token whole: "30,000" and "3.5" (between digits), "Iran’s" and
    /// "Iran-Iraq" (between letters or digits).
    private static func joins(_ before: Unicode.Scalar, _ mark: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        switch mark {
        case ",", ".": isDigit(before) && isDigit(after)
        case "'", "\u{2019}", "-": isWordScalar(after)
        default: false
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil
    }
}
