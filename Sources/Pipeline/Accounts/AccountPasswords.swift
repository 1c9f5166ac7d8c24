import HummingbirdBcrypt

/// Makes and checks the bcrypt hashes the workbench keeps for account passwords. Bcrypt reads at
/// most 72 bytes, so a longer password is refused rather than cut short without a word.
public enum AccountPasswords {
    public static let minimumLength = 10
    public static let maximumBytes = 72
    /// Bcrypt's work factor: 2^12 rounds, about a quarter of a second on this project's machines.
    public static let cost: UInt8 = 12

    /// The hash of a password that meets the rules above; `cost` is lower only in tests.
    public static func hash(_ password: String, cost: UInt8 = cost) throws(AccountPasswordError) -> String {
        guard password.count >= minimumLength else { throw .tooShort(minimum: minimumLength) }
        guard password.utf8.count <= maximumBytes else { throw .tooLong(maximumBytes: maximumBytes) }
        guard !password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .controlCharacter
        }
        return Bcrypt.hash(password, cost: cost)
    }

    /// Whether the password is the one the hash was made from.
    public static func verify(_ password: String, hash: String) -> Bool {
        password.utf8.count <= maximumBytes && Bcrypt.verify(password, hash: hash)
    }
}

/// A password the rules refuse; nothing was changed.
public enum AccountPasswordError: Error, Equatable, CustomStringConvertible {
    case tooShort(minimum: Int)
    case tooLong(maximumBytes: Int)
    case controlCharacter
    /// The two entries at the prompt differ.
    case mismatch
    case empty

    public var description: String {
        switch self {
        case .tooShort(let minimum): "the password must be at least \(minimum) characters; nothing was changed"
        case .tooLong(let maximum): "the password must be at most \(maximum) bytes (bcrypt reads no more); nothing was changed"
        case .controlCharacter: "the password cannot hold control characters; nothing was changed"
        case .mismatch: "the two passwords differ; nothing was changed"
        case .empty: "no password given; nothing was changed"
        }
    }
}
