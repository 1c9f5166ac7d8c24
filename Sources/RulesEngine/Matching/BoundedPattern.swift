import Foundation

/// A rule's regular expression, checked at load time and bounded in cost when it runs.
///
/// Swift `Regex` cannot be interrupted, so this wraps `NSRegularExpression`, whose enumeration
/// can be stopped from its block: each match call gets a budget of the calling thread's CPU time
/// (not wall-clock time, so a busy machine never cuts a match short and the findings do not
/// depend on the load), and a pattern only ever sees one sentence, cut at `maximumInputLength`. Patterns with nested quantifiers — the
/// `(a+)+$` shape of catastrophic backtracking — are refused at load time.
public final class BoundedPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    private let regex: NSRegularExpression
    public let source: String
    /// Names of the `(?<name>…)` groups, which become finding fields.
    public let groupNames: [String]
    /// Whether some literal occurs in every match (`RequiredLiterals`): the pattern then runs
    /// only on the sentences holding one; without, it runs on every sentence.
    public var hasRequiredLiteral: Bool { RequiredLiterals.of(source) != nil }

    public static let maximumInputLength = 20_000
    public static let timeBudget: Duration = .milliseconds(200)

    public enum Problem: Error, Equatable {
        case invalid(String)
        case nestedQuantifier
        case matchesEmpty
    }

    public init(_ source: String, caseSensitive: Bool) throws(Problem) {
        if PatternShape.hasNestedQuantifier(source) { throw .nestedQuantifier }
        do {
            regex = try NSRegularExpression(pattern: source, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            throw .invalid(String(describing: error))
        }
        if regex.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil { throw .matchesEmpty }
        self.source = source
        self.groupNames = PatternShape.groupNames(source)
    }

    public struct Match {
        /// UTF-8 byte offsets within the searched string.
        public var range: Range<Int>
        /// Each named group that took part in the match, as UTF-8 byte offsets within the
        /// searched string.
        public var groups: [String: Range<Int>]
        /// Where the match ends in the text's UTF-16, where the search for the next one resumes.
        var utf16End: Int
    }

    /// The matches in `text`, and whether the time budget ran out before the end.
    ///
    /// `starts`, when given, are the UTF-16 offsets (ascending) where a match may begin
    /// (`MatchStarts`): the pattern is tried anchored at each of them, not at every position,
    /// with the same result — the leftmost match, then the next from its end.
    public func matches(in text: String, startingAt starts: [Int]? = nil) -> (matches: [Match], timedOut: Bool) {
        let utf16Count = text.utf16.count
        let length = min(utf16Count, BoundedPattern.maximumInputLength)
        var search = Search(deadline: ThreadCPUTime.now() + BoundedPattern.timeBudget, groupNames: groupNames)
        // A cut text is searched whole: anchored tries would let look-arounds see past the cut.
        guard let starts, length == utf16Count else {
            search.run(regex, in: text, NSRange(location: 0, length: length), options: [])
            return (search.matches, search.timedOut)
        }
        var resume = 0
        for start in starts where start >= resume && start < length {
            // Transparent bounds let `\b` and look-behinds see the text before `start`, as a
            // search of the whole text would; without anchoring bounds, `^` is not true there.
            search.run(regex, in: text, NSRange(location: start, length: length - start),
                       options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], firstOnly: true)
            if search.timedOut { break }
            if let last = search.matches.last, last.utf16End > resume { resume = last.utf16End }
        }
        return (search.matches, search.timedOut)
    }

    /// The state of one call of `matches`: what was found, and the CPU-time budget.
    private struct Search {
        let deadline: Duration
        let groupNames: [String]
        var matches: [Match] = []
        var timedOut = false

        init(deadline: Duration, groupNames: [String]) {
            self.deadline = deadline
            self.groupNames = groupNames
        }

        mutating func run(_ regex: NSRegularExpression, in text: String, _ range: NSRange,
                          options: NSRegularExpression.MatchingOptions, firstOnly: Bool = false) {
            // The block may escape (swift-corelibs-foundation), so it fills locals, not `self`.
            let deadline = self.deadline
            let groupNames = self.groupNames
            var found: [Match] = []
            var timedOut = false
            var callbacks = 0
            regex.enumerateMatches(in: text, options: options.union(.reportProgress), range: range) { result, _, stop in
                // Progress calls come very often; reading the clock on each one would cost more than the matching.
                callbacks &+= 1
                if callbacks & 0xFF == 0, ThreadCPUTime.now() > deadline {
                    timedOut = true
                    stop.pointee = true
                    return
                }
                guard let result, result.range.length > 0, let range = BoundedPattern.byteRange(result.range, in: text) else { return }
                var groups: [String: Range<Int>] = [:]
                for name in groupNames {
                    let groupRange = result.range(withName: name)
                    if groupRange.location != NSNotFound, let bytes = BoundedPattern.byteRange(groupRange, in: text) {
                        groups[name] = bytes
                    }
                }
                found.append(Match(range: range, groups: groups, utf16End: NSMaxRange(result.range)))
                if firstOnly { stop.pointee = true }
            }
            matches += found
            self.timedOut = self.timedOut || timedOut
        }
    }

    private static func byteRange(_ range: NSRange, in text: String) -> Range<Int>? {
        guard let swiftRange = Range(range, in: text) else { return nil }
        let start = text.utf8.distance(from: text.startIndex, to: swiftRange.lowerBound)
        let end = text.utf8.distance(from: text.startIndex, to: swiftRange.upperBound)
        return start..<end
    }
}
