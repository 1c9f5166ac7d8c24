/// Reads the structure of a regular expression's source, enough to refuse shapes that backtrack
/// catastrophically and to list its named groups. Escapes and character classes are skipped.
enum PatternShape {
    /// Whether a quantified group contains a quantifier: `(a+)+`, `(\w*)*`, `(?:a|b+){2,}`.
    static func hasNestedQuantifier(_ source: String) -> Bool {
        let scalars = Array(source.unicodeScalars)
        // For each open group: does it contain a quantifier so far?
        var openGroups: [Bool] = []
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\\":
                index += 2
                if index <= scalars.count, isQuantifier(scalars, index) { markQuantified(&openGroups) }
                continue
            case "[":
                index = endOfClass(scalars, from: index)
                if isQuantifier(scalars, index) { markQuantified(&openGroups) }
                continue
            case "(":
                openGroups.append(false)
            case ")":
                let containsQuantifier = openGroups.popLast() ?? false
                if containsQuantifier, isUnboundedQuantifier(scalars, index + 1) { return true }
                if containsQuantifier || isQuantifier(scalars, index + 1) { markQuantified(&openGroups) }
            default:
                if isQuantifier(scalars, index + 1) { markQuantified(&openGroups) }
            }
            index += 1
        }
        return false
    }

    /// The names of `(?<name>…)` groups, in order.
    static func groupNames(_ source: String) -> [String] {
        let scalars = Array(source.unicodeScalars)
        var names: [String] = []
        var index = 0
        while index + 3 < scalars.count {
            if scalars[index] == "\\" {
                index += 2
                continue
            }
            if scalars[index] == "(", scalars[index + 1] == "?", scalars[index + 2] == "<",
               scalars[index + 3] != "=", scalars[index + 3] != "!" {
                var end = index + 3
                var name = ""
                while end < scalars.count, scalars[end] != ">" {
                    name.unicodeScalars.append(scalars[end])
                    end += 1
                }
                names.append(name)
                index = end
            }
            index += 1
        }
        return names
    }

    private static func markQuantified(_ openGroups: inout [Bool]) {
        for level in openGroups.indices { openGroups[level] = true }
    }

    private static func isQuantifier(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index < scalars.count else { return false }
        return scalars[index] == "+" || scalars[index] == "*" || scalars[index] == "?" || scalars[index] == "{"
    }

    /// `+`, `*`, `{n,}` or `{n,m}` with a large m: a repetition whose body, itself repeating,
    /// can be split in exponentially (or, for m, polynomially of degree m) many ways.
    /// A small bound such as `(?:\w+ ){1,2}` stays cheap.
    private static func isUnboundedQuantifier(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index < scalars.count else { return false }
        switch scalars[index] {
        case "+", "*": return true
        case "{":
            var end = index + 1
            var body = ""
            while end < scalars.count, scalars[end] != "}" {
                body.unicodeScalars.append(scalars[end])
                end += 1
            }
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return (Int(body) ?? 0) > largestSmallBound }
            return parts[1].isEmpty || (Int(parts[1]) ?? 0) > largestSmallBound
        default: return false
        }
    }

    private static let largestSmallBound = 3

    /// The index just past the `]` that closes the class opened at `start`.
    private static func endOfClass(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        if index < scalars.count, scalars[index] == "^" { index += 1 }
        if index < scalars.count, scalars[index] == "]" { index += 1 }
        while index < scalars.count, scalars[index] != "]" {
            index += scalars[index] == "\\" ? 2 : 1
        }
        return index + 1
    }
}
