import AssayCore
import AssayText

extension CompactRows {
    /// A finding's message and fields as stored, from its fields' values as the rules captured
    /// them: what `finding(message:text:fields:)` gives for the object `StoredJSON` writes of
    /// them, written straight as the shape and the values array instead of written whole and split.
    static func finding(message: String, text: String, fieldValues fields: [String: FieldValue]) -> Finding {
        fields.withPlacesInKeyOrder { places in
            // Where each value's JSON begins (before its comma) and, last, where the last one ends.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: places.count + 1) { bounds in
                var json = JSONWriter(capacity: 256)
                // The keys as one array, then the values as another: `["cue","hedged"],["said",false]`.
                json.beginArray()
                for place in places { json.string(fields.keys[place]) }
                json.endArray()
                let shapeEnd = json.byteCount
                json.beginArray()
                for (index, place) in places.enumerated() {
                    bounds.initializeElement(at: index, to: json.byteCount)
                    json.value(fields.values[place])
                }
                bounds.initializeElement(at: places.count, to: json.byteCount)
                json.endArray()
                return json.withBytes { bytes in
                    let values = (0..<places.count).map { index in
                        Bytes(rebasing: bytes[(bounds[index] + (index > 0 ? 1 : 0))..<bounds[index + 1]])
                    }
                    let compact = storedMessage(message, text: text, values: values)
                    return Finding(message: compact.message, isTemplate: compact.isTemplate,
                                   fields: String(decoding: bytes[(shapeEnd + 1)...], as: UTF8.self),
                                   shape: String(decoding: bytes[1..<(shapeEnd - 1)], as: UTF8.self))
                }
            }
        }
    }
}
