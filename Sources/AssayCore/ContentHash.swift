import Crypto

/// The SHA-256 of some bytes as 64 lower-case hex digits: how the workbench recognises a
/// document it has already stored and names attached evidence files. `hexDigits` keeps only
/// the first digits (assertion ids use 16).
public enum ContentHash {
    public static func sha256(_ bytes: some Sequence<UInt8>, hexDigits: Int = 64) -> String {
        let digest = SHA256.hash(data: Array(bytes))
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex.prefix(max(0, hexDigits)), as: UTF8.self)
    }
}
