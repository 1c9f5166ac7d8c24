#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A model file's weights as read for scoring: every name's UTF-8 bytes in one buffer, so a
/// hundred thousand weights load without a hundred thousand strings. `ModelFile.weights` holds
/// the same as strings, for showing and training.
public struct WeightNames: Sendable {
    var bytes: [UInt8] = []
    var names: [Range<Int>] = []
    public private(set) var weights: [Double] = []

    public var count: Int { weights.count }

    mutating func append<Name: Collection<UInt8>>(_ name: Name, _ weight: Double) {
        let start = bytes.count
        bytes.append(contentsOf: name)
        names.append(start..<bytes.count)
        weights.append(weight)
    }

    /// Byte order, by memcmp (the generic `lexicographicallyPrecedes` cost more than the parse).
    private static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(a.count, b.count)
        let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
        return order != 0 ? order < 0 : a.count < b.count
    }

    /// The weights by name, as strings.
    public var named: [(name: String, weight: Double)] {
        bytes.withUnsafeBufferPointer { buffer in
            zip(names, weights).map { (String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self), $1) }
        }
    }

    /// Each name's bytes and weight, in file order.
    public func forEach<Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>, Double) throws(Failure) -> Void) throws(Failure) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in
            for (name, weight) in zip(names, weights) { try body(UnsafeBufferPointer(rebasing: buffer[name]), weight) }
        }
    }

    public init() {}

    /// A name given twice, if any: files are written sorted, so neighbours are compared first.
    func repeatedName() -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            let name = { (index: Int) in UnsafeBufferPointer(rebasing: buffer[names[index]]) }
            let isSorted = names.indices.dropFirst().allSatisfy { Self.precedes(name($0 - 1), name($0)) }
            if isSorted { return nil }
            var seen = Set<[UInt8]>()
            for index in names.indices where !seen.insert(Array(name(index))).inserted {
                return String(decoding: name(index), as: UTF8.self)
            }
            return nil
        }
    }

    /// The weights of a model as trained.
    public init(_ weights: [(name: String, weight: Double)]) {
        for (name, weight) in weights { append(name.utf8, weight) }
    }
}
