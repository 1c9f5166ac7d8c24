import Pipeline
import Testing

@Suite("Account passwords")
struct AccountPasswordsTests {
    @Test("a hash checks its own password and no other, and two hashes of one password differ (salted)")
    func hashAndVerify() throws {
        let hash = try AccountPasswords.hash("correct horse battery", cost: 4)
        #expect(hash.hasPrefix("$2"))
        #expect(AccountPasswords.verify("correct horse battery", hash: hash))
        #expect(!AccountPasswords.verify("correct horse batterY", hash: hash))
        #expect(!AccountPasswords.verify("", hash: hash))
        #expect(try AccountPasswords.hash("correct horse battery", cost: 4) != hash)
    }

    @Test("a password shorter than 10 characters, longer than bcrypt reads, or holding a control character is refused")
    func rules() {
        #expect(throws: AccountPasswordError.tooShort(minimum: 10)) { try AccountPasswords.hash("nine char", cost: 4) }
        #expect(throws: AccountPasswordError.tooLong(maximumBytes: 72)) { try AccountPasswords.hash(String(repeating: "é", count: 37), cost: 4) }
        #expect(throws: AccountPasswordError.controlCharacter) { try AccountPasswords.hash("ten chars\u{1B}[0m", cost: 4) }
        // 72 bytes is the most: a longer one would be cut short by bcrypt and match its first 72 bytes.
        let longest = String(repeating: "a", count: 72)
        #expect(throws: Never.self) { _ = try AccountPasswords.hash(longest, cost: 4) }
        #expect(!AccountPasswords.verify(longest + "b", hash: (try? AccountPasswords.hash(longest, cost: 4)) ?? ""))
    }
}
