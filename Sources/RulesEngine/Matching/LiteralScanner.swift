/// An Aho–Corasick automaton over byte strings, ignoring ASCII case: one pass over a text
/// reports which of many literals occur in it, whatever their number.
///
/// Each literal carries a set of targets (small integers); `scan` marks the targets of every
/// literal found. Bytes that occur in no literal share one column of the transition table, so
/// the table stays small.
struct LiteralScanner: Sendable {
    /// Column of each byte in `transitions`; 0 for bytes no literal contains.
    private let column: [UInt8]
    private let columns: Int
    /// `transitions[state * columns + column]`: the next state, failure links already followed.
    private let transitions: [Int32]
    /// The targets of every literal ending in each state (and in its failure chain).
    private let targets: [[Int]]
    /// Whether a state has targets: most have none, and reading this flag is cheaper than
    /// reading an empty array from `targets` at every byte.
    private let hasTargets: [Bool]

    init(_ literals: [(bytes: [UInt8], targets: [Int])]) {
        var column = [UInt8](repeating: 0, count: 256)
        var columns = 1
        for (bytes, _) in literals {
            for byte in bytes.map(LiteralScanner.folded) where column[Int(byte)] == 0 {
                column[Int(byte)] = UInt8(columns)
                columns += 1
            }
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { column[Int(upper)] = column[Int(upper | 0x20)] }

        // The trie: -1 marks a missing edge.
        var edges: [[Int32]] = [Array(repeating: -1, count: columns)]
        var targets: [[Int]] = [[]]
        for (bytes, literalTargets) in literals where !bytes.isEmpty {
            var state = 0
            for byte in bytes {
                let next = Int(column[Int(byte)])
                if edges[state][next] < 0 {
                    edges[state][next] = Int32(edges.count)
                    edges.append(Array(repeating: -1, count: columns))
                    targets.append([])
                }
                state = Int(edges[state][next])
            }
            targets[state] += literalTargets
        }

        // Breadth first, so a state's failure link is complete before its children need it.
        var failure = [Int](repeating: 0, count: edges.count)
        var queue: [Int] = []
        for next in 0..<columns {
            if edges[0][next] < 0 {
                edges[0][next] = 0
            } else {
                queue.append(Int(edges[0][next]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            targets[state] += targets[failure[state]]
            for next in 0..<columns {
                let child = edges[state][next]
                if child < 0 {
                    edges[state][next] = edges[failure[state]][next]
                } else {
                    failure[Int(child)] = Int(edges[failure[state]][next])
                    queue.append(Int(child))
                }
            }
        }
        self.column = column
        self.columns = columns
        self.transitions = edges.flatMap { $0 }
        self.targets = targets.map { Array(Set($0)).sorted() }
        self.hasTargets = targets.map { !$0.isEmpty }
    }

    /// Sets `found[target]` for the targets of every literal occurring in `bytes[range]`.
    func scan(_ bytes: [UInt8], _ range: Range<Int>, marking found: inout [Bool]) {
        walk(bytes, range) { _, state in
            for target in targets[state] { found[target] = true }
        }
    }

    /// Calls `found` with the end (one past the last byte) and the targets of every literal
    /// occurrence in `bytes[range]`, in order of end.
    func scan(_ bytes: [UInt8], _ range: Range<Int>, reporting found: (_ end: Int, _ targets: [Int]) -> Void) {
        walk(bytes, range) { index, state in found(index + 1, targets[state]) }
    }

    /// Runs the automaton over `bytes[range]`, calling `atTargets` with the byte's index and the
    /// state wherever that state has targets. The walk reads the tables without bounds checks:
    /// every entry of `transitions` is a state and every entry of `column` a column, by
    /// construction, and `range` is clamped to the bytes.
    @inline(__always)
    private func walk(_ bytes: [UInt8], _ range: Range<Int>, _ atTargets: (_ index: Int, _ state: Int) -> Void) {
        let range = range.clamped(to: 0..<bytes.count)
        bytes.withUnsafeBufferPointer { bytes in
            column.withUnsafeBufferPointer { column in
                transitions.withUnsafeBufferPointer { transitions in
                    hasTargets.withUnsafeBufferPointer { hasTargets in
                        var state = 0
                        for index in range {
                            state = Int(transitions[state &* columns &+ Int(column[Int(bytes[index])])])
                            if hasTargets[state] { atTargets(index, state) }
                        }
                    }
                }
            }
        }
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
