import AssayText

/// A finding's captured fields as JSON: the one encoder, used by `analyze --format json` and by
/// the workbench, which stores them.
extension JSONWriter {
    /// A rule's captured value as the matching JSON scalar.
    public mutating func value(_ field: FieldValue) {
        switch field {
        case .string(let text): string(text)
        case .number(let value): number(value)
        case .bool(let flag): bool(flag)
        case .null: null()
        }
    }

    /// Captured fields as one object, keys sorted: the same fields give the same text in every run.
    public mutating func fields(_ fields: [String: FieldValue]) {
        beginObject()
        fields.withPlacesInKeyOrder { places in
            for place in places {
                key(escaping: fields.keys[place])
                value(fields.values[place])
            }
        }
        endObject()
    }
}

extension [String: FieldValue] {
    /// Calls `body` with the fields' places in the dictionary in the order of their keys, the order
    /// they are written in: sorted on the stack, no array of copied (key, value) pairs for the
    /// handful of fields a rule captures.
    public func withPlacesInKeyOrder<Result>(_ body: (UnsafeBufferPointer<Index>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: Index.self, capacity: count) { places in
            var filled = UnsafeMutableBufferPointer(rebasing: places[..<places.initialize(from: indices).1])
            filled.sort { keys[$0] < keys[$1] }
            defer { filled.deinitialize() }
            return body(UnsafeBufferPointer(filled))
        }
    }
}
