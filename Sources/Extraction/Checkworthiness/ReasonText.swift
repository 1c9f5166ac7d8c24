/// Reasons written straight into one string each (interpolation and appends grew them piece by
/// piece, for every assertion of every document).
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

    /// `says "words"`, with `: less checkable` when the words lower the score.
    static func says(_ bytes: [UInt8], _ range: Range<Int>, lowers: Bool) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            join("says \"", UnsafeBufferPointer(rebasing: bytes[range]), "\"", lowers ? ReasonWording.lowers : "")
        }
    }

    /// `label`, with `: less checkable` when it lowers the score.
    static func label(_ label: StaticString, lowers: Bool) -> String {
        lowers ? join(label, UnsafeBufferPointer(start: nil, count: 0), "", ReasonWording.lowers) : label.description
    }

    /// `label (N words)`, with `: less checkable` when it lowers the score.
    static func length(_ label: StaticString, words: Int, lowers: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { count in
            // The digits, written backwards from the end, then " word)" or " words)".
            var start = 20
            var rest = max(words, 0)
            repeat {
                start -= 1
                count[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            var end = 20
            for byte in (words == 1 ? " word)" : " words)").utf8 {
                count[end] = byte
                end += 1
            }
            return join(label, UnsafeBufferPointer(rebasing: count[start..<end]), " (", lowers ? ReasonWording.lowers : "",
                        middleFirst: true)
        }
    }

    /// `head`, then `middle` (after `separator` when `middleFirst`), then `tail` and `suffix`:
    /// written straight into one string.
    private static func join(_ head: StaticString, _ middle: UnsafeBufferPointer<UInt8>, _ tail: StaticString,
                             _ suffix: StaticString, middleFirst: Bool = false) -> String {
        let (second, third) = middleFirst ? (buffer(tail), middle) : (middle, buffer(tail))
        let first = buffer(head), last = buffer(suffix)
        return String(unsafeUninitializedCapacity: first.count + second.count + third.count + last.count) { target in
            var end = 0
            func copy(_ part: UnsafeBufferPointer<UInt8>) {
                guard let start = part.baseAddress, part.count > 0 else { return }
                UnsafeMutableRawPointer(target.baseAddress! + end).copyMemory(from: start, byteCount: part.count)
                end += part.count
            }
            copy(first)
            copy(second)
            copy(third)
            copy(last)
            return end
        }
    }

    private static func buffer(_ text: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }
}
