import Crypto

/// The SHA-256 of some bytes as 64 lower-case hex digits: how the workbench recognises a
/// document it has already stored and names attached evidence files. `hexDigits` keeps only
/// the first digits (assertion ids use 16).
public enum ContentHash {
    public static func sha256(_ bytes: some Sequence<UInt8>, hexDigits count: Int = 64) -> String {
        var hasher = SHA256()
        if bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) == nil {
            hasher.update(data: Array(bytes))
        }
        let length = min(max(0, count), 2 * SHA256.byteCount)
        return hasher.finalize().withUnsafeBytes { digest in
            String(unsafeUninitializedCapacity: length) { hex in
                for index in 0..<length {
                    let byte = digest[index / 2]
                    hex[index] = hexDigits[Int(index % 2 == 0 ? byte >> 4 : byte & 0xF)]
                }
                return length
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
