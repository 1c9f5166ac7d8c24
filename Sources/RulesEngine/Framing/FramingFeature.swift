import AssayText
import Foundation
import Learning

/// The features of the framing tagger (`framing/1`), by name. Two models read them: the
/// sentence model (does this sentence argue rather than report?) and the span model (which of
/// its words carry the framing?). `Models/README.md` lists what each fires on.
public enum FramingFeature {
    /// The feature set and its version, as a model file's `features` names it.
    public static let specification = "framing/1"

    /// Features whose value is one word, or two: `word:radical`, `pair:so called`.
    public enum Family: Int, CaseIterable, Sendable {
        case word, pair, suffix, prev1, prev2, prev3, next1, next2, next3, left, right

        public var name: String { Self.names[rawValue] }
        private static let names = ["word", "pair", "suffix", "prev1", "prev2", "prev3", "next1", "next2", "next3", "left", "right"]

        /// Whether the value is two words (`left`: the word before and this one; `right`: this
        /// one and the next).
        public var isPair: Bool { self == .pair || self == .left || self == .right }

        /// Mixed into a value's hash so that "the" before a word and "the" as the word differ.
        @inline(__always)
        public var seed: UInt64 { Self.seeds[rawValue] }

        private static let seeds: [UInt64] = names.map { name in
            let bytes = Array(name.utf8)
            return FeatureKey.mix(FoldedWord.hash(bytes, 0..<bytes.count) ^ 0x5EED_F8A3_1C9B_2D47)
        }
    }

    /// Features that fire or not, each with its own weight.
    public enum Flag: Int, CaseIterable, Sendable {
        case exclamation, question, secondPerson, firstPersonPlural, quotation, capitals, headline
        case length0, length1, length2, length3, length4, length5
        case capitalized, allCapitals, number, inQuotation, shortQuotation, repeatedWord, repeatedPair

        /// As a model file names it.
        public var name: String { Self.names[rawValue] }
        private static let names = [
            "sentence:exclamation", "sentence:question", "sentence:you", "sentence:we", "sentence:quotation",
            "sentence:capitals", "sentence:headline",
            "length:0-7", "length:8-15", "length:16-23", "length:24-31", "length:32-39", "length:40+",
            "shape:capitalized", "shape:capitals", "shape:number", "quote:inside", "quote:short", "repeated:word", "repeated:pair",
        ]

        @inline(__always)
        public var index: Int { rawValue }

        static func length(words: Int) -> Flag {
            Flag(rawValue: length0.rawValue + min(5, words / 8))!
        }
    }

    /// A set of flags, read in the order of `Flag`'s cases; a value, not an array, so reading a
    /// sentence's flags allocates nothing.
    public struct Flags: Sequence, Sendable {
        private var bits: UInt32 = 0

        public init() {}

        public mutating func insert(_ flag: Flag) { bits |= 1 << UInt32(flag.rawValue) }

        public func makeIterator() -> Iterator { Iterator(bits: bits) }

        public struct Iterator: IteratorProtocol {
            var bits: UInt32

            public mutating func next() -> Flag? {
                guard bits != 0 else { return nil }
                let raw = bits.trailingZeroBitCount
                bits &= bits - 1
                return Flag(rawValue: raw)
            }
        }
    }

    /// The stand-in words before a sentence's first token and after its last.
    public static let sentenceStart = "<s>"
    public static let sentenceEnd = "</s>"
    static let startHash = hash(sentenceStart)
    static let endHash = hash(sentenceEnd)

    /// A one-word feature's key, from the word's folded hash.
    @inline(__always)
    public static func key(_ family: Family, _ wordHash: UInt64) -> UInt64 { wordHash ^ family.seed }

    /// A two-word feature's key.
    @inline(__always)
    public static func key(_ family: Family, _ first: UInt64, _ second: UInt64) -> UInt64 {
        FeatureKey.pair(first, second) ^ family.seed
    }

    /// A flag's key, for naming it in training (the scorer reads flags by index).
    public static func flagKey(_ flag: Flag) -> UInt64 { FeatureKey.mix(hash(flag.name) ^ 0xF1A6_5EED_0000_0001) }

    /// A feature as a model file names it (without the model's prefix).
    public enum Named: Equatable {
        case flag(Flag)
        /// A word or pair feature: its family, and its value's hash without the family's seed
        /// (a word's folded hash, or `FeatureKey.pair` of two), so that a scorer can keep a
        /// word's weights in all its families together. `key(family, hash)` is its key.
        case value(Family, UInt64)
    }

    /// Reads a feature name's bytes in place: a flag, or a `family:value` with its value's hash;
    /// nil for another shape. Runs once per weight of a model, tens of thousands of times at start-up.
    public static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> Named? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let head = UnsafeBufferPointer(rebasing: bytes[..<colon])
        guard let family = familyNames.firstIndex(where: { same($0, head) }).map({ Family(rawValue: $0)! }) else {
            return flagNames.firstIndex { same($0, bytes) }.map { .flag(Flag(rawValue: $0)!) }
        }
        let start = colon + 1
        guard start < bytes.count else { return nil }
        let space = bytes[start...].firstIndex(of: UInt8(ascii: " "))
        if family.isPair {
            guard let space, space > start, space < bytes.count - 1,
                  bytes[(space + 1)...].firstIndex(of: UInt8(ascii: " ")) == nil else { return nil }
            return .value(family, FeatureKey.pair(FoldedWord.hash(bytes, start..<space), FoldedWord.hash(bytes, (space + 1)..<bytes.count)))
        }
        guard space == nil else { return nil }
        return .value(family, FoldedWord.hash(bytes, start..<bytes.count))
    }

    /// Byte equality by length, then memcmp: the generic `elementsEqual` was most of the cost of
    /// reading a model's names.
    private static func same(_ name: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count == bytes.count && name.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    private static let familyNames = Family.allCases.map { Array($0.name.utf8) }
    private static let flagNames = Flag.allCases.map { Array($0.name.utf8) }

    static func hash(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return FoldedWord.hash(bytes, 0..<bytes.count)
    }
}
