import Crypto

/// The SHA-256 of some bytes as 64 lower-case hex digits: how the workbench recognises a
/// document it has already stored and names attached evidence files.
public enum ContentHash {
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        let digest = SHA256.hash(data: Array(bytes))
        // Two digits per byte from a table: `String(_:radix:)` per byte cost more than the hash.
        var hex: [UInt8] = []
        hex.reserveCapacity(2 * SHA256.byteCount)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let digits = Array("0123456789abcdef".utf8)
}
