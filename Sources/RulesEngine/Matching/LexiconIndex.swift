import AssayText
import Extraction

/// Every lexicon term of every loaded rule in one token trie, so the text is matched in one
/// pass over its tokens whatever the number of rules and terms: each token's hash is computed
/// once, and at each token the trie is walked as far as the following tokens allow (at most
/// the longest term's length). The edges live in one flat table (`TrieEdges`).
struct LexiconIndex: Sendable {
    /// A term ending at a trie node.
    struct Terminal: Sendable {
        var rule: Int
        var isException: Bool
        /// The term's tokens as written, for case-sensitive rules; nil when case does not matter.
        var exactTokens: [[UInt8]]?
    }

    struct Match: Equatable {
        var rule: Int
        /// Indices into `MatchText.tokens`.
        var tokens: Range<Int>
    }

    private let edges: TrieEdges
    /// The terms ending at each node, by node number (0 is the root).
    private let terminals: [[Terminal]]

    /// `rules` pairs a rule's index (as reported in matches) with its lexicon parameters.
    init(_ rules: [(index: Int, parameters: LexiconParameters)]) {
        var builder = TrieBuilder()
        for (index, parameters) in rules {
            for term in parameters.terms {
                let variants = parameters.inflect ? TrieBuilder.inflected(term) : [term]
                for variant in variants {
                    builder.insert(variant, Terminal(rule: index, isException: false, exactTokens: nil),
                                   caseSensitive: parameters.caseSensitive)
                }
            }
            for exception in parameters.exceptions {
                builder.insert(exception, Terminal(rule: index, isException: true, exactTokens: nil), caseSensitive: false)
            }
        }
        var edges: [(parent: Int, word: [UInt8], child: Int)] = []
        for (parent, node) in builder.nodes.enumerated() {
            for (word, child) in node.children { edges.append((parent, Array(word.utf8), child)) }
        }
        self.edges = TrieEdges(edges)
        terminals = builder.nodes.map(\.terminals)
    }

    var isEmpty: Bool { terminals.count <= 1 }

    /// The matches of every rule within `tokenRange`: for each rule, the longest match at each
    /// start, with matches inside a longer one of the same rule and matches covered by one of
    /// the rule's exceptions removed.
    func matches(in text: MatchText, tokenRange: Range<Int>) -> [Match] {
        guard !isEmpty else { return [] }
        let hashes = tokenRange.map { text.tokens[$0].foldedHash }
        var found: [Match] = []
        var exceptions: [Match] = []
        for start in tokenRange where text.tokens[start].kind != .punctuation {
            var node = 0
            var index = start
            let firstAtStart = found.count
            while index < tokenRange.upperBound {
                let wordHash = hashes[index - tokenRange.lowerBound]
                guard edges.mayContain(wordHash: wordHash),
                      let child = edges.child(of: node, wordHash: wordHash, bytes: text.bytes, range: text.tokens[index].range)
                else { break }
                node = child
                index += 1
                for terminal in terminals[node] where LexiconIndex.caseMatches(terminal, text, start..<index) {
                    let match = Match(rule: terminal.rule, tokens: start..<index)
                    if terminal.isException {
                        exceptions.append(match)
                    } else if let shorter = found[firstAtStart...].firstIndex(where: { $0.rule == terminal.rule }) {
                        found[shorter] = match
                    } else {
                        found.append(match)
                    }
                }
            }
        }
        return LexiconIndex.removingCovered(found, exceptions: exceptions)
    }

    /// Drops matches inside a longer match of the same rule, or inside one of the rule's
    /// exceptions. Both lists are in order of their first token; one sweep.
    private static func removingCovered(_ found: [Match], exceptions: [Match]) -> [Match] {
        var kept: [Match] = []
        var furthestMatch: [Int: Int] = [:]
        var furthestException: [Int: Int] = [:]
        var nextException = 0
        for match in found {
            while nextException < exceptions.count, exceptions[nextException].tokens.lowerBound <= match.tokens.lowerBound {
                let exception = exceptions[nextException]
                furthestException[exception.rule] = max(furthestException[exception.rule] ?? 0, exception.tokens.upperBound)
                nextException += 1
            }
            if (furthestException[match.rule] ?? 0) >= match.tokens.upperBound { continue }
            if (furthestMatch[match.rule] ?? 0) >= match.tokens.upperBound { continue }
            furthestMatch[match.rule] = match.tokens.upperBound
            kept.append(match)
        }
        return kept
    }

    private static func caseMatches(_ terminal: Terminal, _ text: MatchText, _ tokens: Range<Int>) -> Bool {
        guard let exact = terminal.exactTokens else { return true }
        guard exact.count == tokens.count else { return false }
        return zip(exact, tokens).allSatisfy { bytes, index in text.bytes[text.tokens[index].range].elementsEqual(bytes) }
    }
}

/// Builds the trie of `LexiconIndex` with plain dictionaries before it is frozen into
/// byte-keyed tables. Terms are tokenised by the same tokenizer as the text.
private struct TrieBuilder {
    struct Node {
        var children: [String: Int] = [:]
        var terminals: [LexiconIndex.Terminal] = []
    }

    var nodes = [Node()]

    mutating func insert(_ term: String, _ terminal: LexiconIndex.Terminal, caseSensitive: Bool) {
        let text = MatchText(term)
        guard !text.tokens.isEmpty else { return }
        var node = 0
        for token in text.tokens {
            let key = String(decoding: FoldedWord.fold(text.bytes[token.range]), as: UTF8.self)
            if let child = nodes[node].children[key] {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        var terminal = terminal
        if caseSensitive { terminal.exactTokens = text.tokens.map { Array(text.bytes[$0.range]) } }
        nodes[node].terminals.append(terminal)
    }

    /// The term with its last word inflected.
    static func inflected(_ term: String) -> [String] {
        var words = term.split(separator: " ").map(String.init)
        guard let last = words.popLast() else { return [term] }
        let prefix = words.isEmpty ? "" : words.joined(separator: " ") + " "
        return Inflection.forms(of: last).map { prefix + $0 }
    }
}
