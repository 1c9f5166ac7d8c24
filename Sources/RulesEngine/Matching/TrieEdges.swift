import AssayText
import Extraction

/// The edges of the lexicon trie — (parent node, word) → child node — in one flat
/// open-addressing table, with the words' bytes in one arena. A lookup costs one hash probe
/// into contiguous memory, and a compact bit filter of every word in the trie answers "no" for
/// most tokens of a text without touching the table at all: lookups stay cheap as the lexicon
/// grows past the processor's caches.
struct TrieEdges: Sendable {
    private struct Slot: Sendable {
        /// The parent and word hash mixed; 0 marks an empty slot.
        var key: UInt64
        var child: Int32
        var wordStart: Int32
        var wordLength: Int32
    }

    private let slots: [Slot]
    private let slotMask: Int
    private let arena: [UInt8]
    private let filter: [UInt64]
    private let filterMask: Int

    /// `edges` holds each word already folded (`FoldedWord.fold`).
    init(_ edges: [(parent: Int, word: [UInt8], child: Int)]) {
        var capacity = 16
        while capacity < edges.count * 2 { capacity <<= 1 }
        var slots = Array(repeating: Slot(key: 0, child: -1, wordStart: 0, wordLength: 0), count: capacity)
        var arena: [UInt8] = []
        var filterBits = 4_096
        while filterBits < edges.count * 16 { filterBits <<= 1 }
        var filter = Array(repeating: UInt64(0), count: filterBits / 64)
        for edge in edges {
            let wordHash = FoldedWord.hash(edge.word, 0..<edge.word.count)
            let key = TrieEdges.key(parent: edge.parent, wordHash: wordHash)
            var slot = TrieEdges.slotIndex(key, mask: capacity - 1)
            while slots[slot].child >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, child: Int32(edge.child), wordStart: Int32(arena.count), wordLength: Int32(edge.word.count))
            arena += edge.word
            let bit = TrieEdges.filterBit(wordHash, mask: filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.slots = slots
        slotMask = capacity - 1
        self.arena = arena
        self.filter = filter
        filterMask = filterBits - 1
    }

    /// Whether some edge of the trie carries a word with this hash (false positives possible).
    func mayContain(wordHash: UInt64) -> Bool {
        let bit = TrieEdges.filterBit(wordHash, mask: filterMask)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The child of `parent` along the word at `bytes[range]`, whose `FoldedWord.hash` is `wordHash`.
    func child(of parent: Int, wordHash: UInt64, bytes: [UInt8], range: Range<Int>) -> Int? {
        let key = TrieEdges.key(parent: parent, wordHash: wordHash)
        var slot = TrieEdges.slotIndex(key, mask: slotMask)
        while slots[slot].child >= 0 {
            let candidate = slots[slot]
            if candidate.key == key,
               FoldedWord.equals(arena[Int(candidate.wordStart)..<Int(candidate.wordStart + candidate.wordLength)], bytes, range) {
                return Int(candidate.child)
            }
            slot = (slot + 1) & slotMask
        }
        return nil
    }

    private static func key(parent: Int, wordHash: UInt64) -> UInt64 {
        let key = wordHash ^ (UInt64(parent) &* 0x9E3779B97F4A7C15)
        return key == 0 ? 1 : key
    }

    private static func slotIndex(_ key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    private static func filterBit(_ wordHash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: wordHash >> 21) & mask }
}
