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
        // The fields' places in the dictionary, sorted by key on the stack: no array of copied
        // (key, value) pairs for the handful of fields a rule captures.
        withUnsafeTemporaryAllocation(of: [String: FieldValue].Index.self, capacity: fields.count) { places in
            var filled = UnsafeMutableBufferPointer(rebasing: places[..<places.initialize(from: fields.indices).1])
            filled.sort { fields.keys[$0] < fields.keys[$1] }
            for place in filled {
                key(escaping: fields.keys[place])
                value(fields.values[place])
            }
            filled.deinitialize()
        }
        endObject()
    }
}
