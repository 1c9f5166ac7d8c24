import Dispatch
import Foundation

/// `map` over independent items on every core, the results in the items' order.
public enum ParallelMap {
    public static func map<Item: Sendable, Value: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Value) -> [Value] {
        let slots = Slots<Value>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.values
    }
}

extension ParallelMap {
    /// Two independent pieces of work at once, each result kept, errors included: start-up work
    /// (reading rule packs, reading models) that would otherwise run back to back.
    public static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second
    ) -> (Result<First, any Error>, Result<Second, any Error>) {
        let firstSlot = Slots<Result<First, any Error>>(count: 1)
        let secondSlot = Slots<Result<Second, any Error>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                firstSlot.set(0, Result { try first() })
            } else {
                secondSlot.set(0, Result { try second() })
            }
        }
        return (firstSlot.values[0], secondSlot.values[0])
    }
}

/// Slots that parallel workers fill, each its own index, read once all are done.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
