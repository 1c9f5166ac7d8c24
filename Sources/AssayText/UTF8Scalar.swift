/// Decoding one scalar of UTF-8 bytes in place, for the byte-level scanners (tokenizer, match
/// text, assertion ids) that read text without building `Character`s.
public enum UTF8Scalar {
    /// The scalar starting at `index` and its width in bytes. Assumes valid UTF-8 (the decoder
    /// validated it); nil past the end or for a sequence that is not a scalar. Generic so that
    /// scanners over an array or a buffer pointer share it, specialised for each.
    @inlinable
    public static func decode<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> (scalar: Unicode.Scalar, width: Int)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard index >= bytes.startIndex, index < bytes.endIndex else { return nil }
        let lead = bytes[index]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + width <= bytes.endIndex else { return nil }
        var value = UInt32(width == 1 ? lead : lead & (0xFF >> (width + 1)))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }
}
