import AssayCore
import Testing

@Suite("Content hash")
struct ContentHashTests {
    @Test("is SHA-256 in 64 lower-case hex digits (the FIPS 180-2 vectors)")
    func vectors() {
        #expect(ContentHash.sha256("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
