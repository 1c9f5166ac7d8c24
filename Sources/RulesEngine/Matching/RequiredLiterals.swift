/// The literal strings of which every match of a regular expression must contain at least one,
/// read from its source — the "prefilter" of RE2 and ripgrep. A pattern rule then runs only on
/// the sentences where one of its literals occurs, which for most framing patterns is a few
/// sentences in a hundred.
///
/// The analysis is conservative: whatever it does not understand (character classes, escapes
/// other than punctuation, non-ASCII letters, back-references, `(?x)`, `\Q…\E`) matches
/// "anything" and contributes no literal; if no literal is certain, `of` returns nil and the
/// pattern runs on every sentence. Literals are ASCII, lower-cased (matching ignores ASCII case
/// whatever the pattern's option, which can only make the filter let more through).
enum RequiredLiterals {
    /// At least one of these occurs in every match, or nil when no such set is known.
    static func of(_ source: String) -> Set<String>? {
        var parser = Parser(Array(source.unicodeScalars))
        guard let node = try? parser.alternation(), parser.atEnd else { return nil }
        return node.required
    }

    /// Every match begins with one of these (zero-width assertions such as `\b` aside), or nil
    /// when no such set is known. A match can then start only where one of them occurs.
    static func starts(of source: String) -> Set<String>? {
        var parser = Parser(Array(source.unicodeScalars))
        guard let node = try? parser.alternation(), parser.atEnd else { return nil }
        return node.starts
    }

    /// One piece of the expression, reduced to what matters for literals.
    fileprivate indirect enum Node {
        /// One ASCII character, lower-cased.
        case character(UInt8)
        /// Matches without consuming text and leaves its neighbours adjacent (`\b`, `^`, `$`).
        case boundary
        /// Anything else: a class, `.`, an escape, a look-around.
        case unknown
        case repeated(Node, minimum: Int)
        case group(Node)
        case sequence([Node])
        case alternatives([Node])

        /// Literals of which every match contains one (`of`'s answer).
        var required: Set<String>? { literals(ofSequence: { Node.mostSelective(Node.candidates(of: $0)) }) }

        /// Literals with one of which every match begins (`starts`' answer).
        var starts: Set<String>? { literals(ofSequence: { Node.starts(of: $0[...]) }) }

        /// The two questions differ only in what they make of a sequence: a character is its own
        /// literal, a group or a required repeat answers as its content, alternatives as the union
        /// of theirs, and anything else knows none.
        private func literals(ofSequence sequence: ([Node]) -> Set<String>?) -> Set<String>? {
            switch self {
            case .character(let byte): [String(decoding: [byte], as: UTF8.self)]
            case .boundary, .unknown: nil
            case .repeated(let node, let minimum): minimum > 0 ? node.literals(ofSequence: sequence) : nil
            case .group(let node): node.literals(ofSequence: sequence)
            case .alternatives(let nodes): Node.union(nodes.map { $0.literals(ofSequence: sequence) })
            case .sequence(let nodes): sequence(nodes)
            }
        }

        /// What a sequence starts with: its leading run of characters, or what its first piece
        /// starts with — and, when that piece is optional, what the rest starts with too.
        private static func starts(of nodes: ArraySlice<Node>) -> Set<String>? {
            guard let first = nodes.first else { return nil }
            switch first {
            case .boundary:
                return starts(of: nodes.dropFirst())
            case .character:
                var run: [UInt8] = []
                for case .character(let byte) in nodes.prefix(while: { if case .character = $0 { true } else { false } }) {
                    run.append(byte)
                }
                return [String(decoding: run, as: UTF8.self)]
            case .repeated(let node, minimum: 0):
                guard let optional = node.starts, let rest = starts(of: nodes.dropFirst()) else { return nil }
                return optional.union(rest)
            default:
                return first.starts
            }
        }

        /// Each run of adjacent required characters is a candidate, and so is the literal set
        /// of each group or repetition of the sequence.
        private static func candidates(of nodes: [Node]) -> [Set<String>] {
            var candidates: [Set<String>] = []
            var run: [UInt8] = []
            func endRun() {
                if !run.isEmpty { candidates.append([String(decoding: run, as: UTF8.self)]) }
                run = []
            }
            for node in nodes {
                switch node {
                case .character(let byte): run.append(byte)
                case .boundary: continue
                case .repeated(.character(let byte), let minimum) where minimum > 0:
                    // `ab+c`: "ab" is certain, but what follows may be another b.
                    run.append(byte)
                    endRun()
                default:
                    endRun()
                    if let required = node.required { candidates.append(required) }
                }
            }
            endRun()
            return candidates
        }

        private static func union(_ sets: [Set<String>?]) -> Set<String>? {
            var union: Set<String> = []
            for set in sets {
                guard let set else { return nil }
                union.formUnion(set)
            }
            return union.isEmpty ? nil : union
        }

        /// The candidate whose shortest literal is longest (rarer in text), then the smaller set.
        private static func mostSelective(_ candidates: [Set<String>]) -> Set<String>? {
            candidates.max { first, second in
                let firstShortest = first.map(\.utf8.count).min() ?? 0
                let secondShortest = second.map(\.utf8.count).min() ?? 0
                if firstShortest != secondShortest { return firstShortest < secondShortest }
                return first.count > second.count
            }
        }
    }

    private struct Unsupported: Error {}

    /// A recursive-descent reader of ICU regular-expression syntax, as much as `Node` needs.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { index >= scalars.count }
        private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func alternation() throws(Unsupported) -> Node {
            var branches = [try sequence()]
            while current == "|" {
                index += 1
                branches.append(try sequence())
            }
            return branches.count == 1 ? branches[0] : .alternatives(branches)
        }

        private mutating func sequence() throws(Unsupported) -> Node {
            var items: [Node] = []
            while let scalar = current, scalar != "|", scalar != ")" {
                let atom = try self.atom()
                items.append(try quantified(atom))
            }
            return .sequence(items)
        }

        private mutating func quantified(_ atom: Node) throws(Unsupported) -> Node {
            guard let scalar = current else { return atom }
            let minimum: Int
            switch scalar {
            case "*", "?":
                minimum = 0
                index += 1
            case "+":
                minimum = 1
                index += 1
            case "{":
                minimum = try bound()
            default:
                return atom
            }
            // Lazy `?` and possessive `+` suffixes do not change what can match.
            if current == "?" || current == "+" { index += 1 }
            if current == "*" || current == "+" || current == "?" || current == "{" { throw Unsupported() }
            return .repeated(atom, minimum: minimum)
        }

        /// `{n}`, `{n,}` or `{n,m}`: the minimum n.
        private mutating func bound() throws(Unsupported) -> Int {
            index += 1
            var digits = ""
            while let scalar = current, scalar.properties.numericType != nil, scalar.isASCII {
                digits.unicodeScalars.append(scalar)
                index += 1
            }
            guard let minimum = Int(digits) else { throw Unsupported() }
            while let scalar = current, scalar != "}" {
                guard scalar == "," || (scalar.isASCII && scalar.properties.numericType != nil) else { throw Unsupported() }
                index += 1
            }
            guard current == "}" else { throw Unsupported() }
            index += 1
            return minimum
        }

        private mutating func atom() throws(Unsupported) -> Node {
            guard let scalar = current else { throw Unsupported() }
            index += 1
            switch scalar {
            case "(": return try group()
            case "[":
                try skipClass()
                return .unknown
            case "\\": return try escape()
            case ".": return .unknown
            case "^", "$": return .boundary
            case "*", "+", "?", "{", "}", "]": throw Unsupported()
            default:
                guard scalar.isASCII else { return .unknown }
                return .character(UInt8(scalar.value) | (scalar.properties.isUppercase ? 0x20 : 0))
            }
        }

        private mutating func group() throws(Unsupported) -> Node {
            var isLookAround = false
            if current == "?" {
                index += 1
                switch current {
                case ":", ">": index += 1
                case "=", "!": index += 1; isLookAround = true
                case "<":
                    index += 1
                    if current == "=" || current == "!" {
                        index += 1
                        isLookAround = true
                    } else {
                        while let scalar = current, scalar != ">" { index += 1 }
                        index += 1
                    }
                default:
                    // Inline flags `(?i)`, `(?-i:…)`; `x` would make spaces insignificant, `#` is a comment.
                    while let scalar = current, scalar != ":", scalar != ")" {
                        if scalar == "x" || scalar == "#" { throw Unsupported() }
                        index += 1
                    }
                    if current == ")" {
                        index += 1
                        return .boundary
                    }
                    index += 1
                }
            }
            let inner = try alternation()
            guard current == ")" else { throw Unsupported() }
            index += 1
            return isLookAround ? .unknown : .group(inner)
        }

        private mutating func escape() throws(Unsupported) -> Node {
            guard let scalar = current else { throw Unsupported() }
            index += 1
            guard scalar.isASCII else { return .unknown }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                switch scalar {
                case "b", "B", "A", "z", "Z", "G": return .boundary
                case "w", "W", "s", "S", "d", "D", "h", "H", "v", "V", "R", "X": return .unknown
                // Escapes with arguments, quoting and back-references are not worth reading.
                default: throw Unsupported()
                }
            }
            return .character(UInt8(scalar.value))
        }

        /// Past the `]` closing a class, nested classes (`[[a-z]&&[^q]]`) included.
        private mutating func skipClass() throws(Unsupported) {
            var depth = 1
            if current == "^" { index += 1 }
            if current == "]" { index += 1 }
            while let scalar = current {
                index += 1
                switch scalar {
                case "\\": index += 1
                case "[": depth += 1
                case "]":
                    depth -= 1
                    if depth == 0 { return }
                default: break
                }
            }
            throw Unsupported()
        }
    }
}
