import Crypto

/// The SHA-256 of some bytes as 64 lower-case hex digits: how the workbench recognises a
/// document it has already stored and names attached evidence files.
public enum ContentHash {
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        let digest = SHA256.hash(data: Array(bytes))
        return String(unsafeUninitializedCapacity: 2 * SHA256.byteCount) { hex in
            for (index, byte) in digest.enumerated() {
                hex[2 * index] = hexDigits[Int(byte >> 4)]
                hex[2 * index + 1] = hexDigits[Int(byte & 0xF)]
            }
            return 2 * SHA256.byteCount
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
