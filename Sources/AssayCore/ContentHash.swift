import Crypto

/// The SHA-256 of some bytes as 64 lower-case hex digits: how the workbench recognises a
/// document it has already stored and names attached evidence files. `hexDigits` keeps only
/// the first digits (assertion ids use 16).
public enum ContentHash {
    public static func sha256(_ bytes: some Sequence<UInt8>, hexDigits count: Int = 64) -> String {
        let digest = SHA256.hash(data: Array(bytes))
        let length = min(max(0, count), 2 * SHA256.byteCount)
        return String(unsafeUninitializedCapacity: length) { hex in
            for (index, byte) in digest.enumerated() where 2 * index < length {
                hex[2 * index] = hexDigits[Int(byte >> 4)]
                if 2 * index + 1 < length { hex[2 * index + 1] = hexDigits[Int(byte & 0xF)] }
            }
            return length
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
