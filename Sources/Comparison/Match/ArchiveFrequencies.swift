/// How common words are in an archive that is not read whole (`assay match --doc` against a
/// workbench): its number of claims, and for each word asked about how many of them hold it. The
/// rarity of a word is then its rarity in the archive, as when every claim is compared.
public struct ArchiveFrequencies: Sendable {
    public var documents: Int
    public var claims: Int
    /// Term (as `MatchWord.term`) → claims holding it.
    public var frequency: [String: Int]

    public init(documents: Int, claims: Int, frequency: [String: Int]) {
        self.documents = documents
        self.claims = claims
        self.frequency = frequency
    }
}
