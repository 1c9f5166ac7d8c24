/// The reasons' wording helpers.
enum ReasonText {
    /// `label (text)`, written straight into one string (interpolation and appends grew it
    /// piece by piece).
    static func quoting(_ label: StaticString, _ text: String) -> String {
        var text = text
        return text.withUTF8 { text in
            let label = UnsafeBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount)
            return String(unsafeUninitializedCapacity: label.count + text.count + 3) { buffer in
                var end = 0
                func write(_ byte: UInt8) {
                    buffer[end] = byte
                    end += 1
                }
                label.forEach(write)
                write(UInt8(ascii: " "))
                write(UInt8(ascii: "("))
                text.forEach(write)
                write(UInt8(ascii: ")"))
                return end
            }
        }
    }
}
