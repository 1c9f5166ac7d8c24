/// A member of the desk who signs in to the team server: a name (the analyst name their work is
/// recorded under) and a role. The password's hash never leaves the store.
public struct Account: Sendable, Codable, Equatable {
    /// What a member may do; each role may do everything the one before it may.
    public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
        /// Reviews the claims assigned to them.
        case analyst
        /// Also assigns claims and settles disagreements: records the final verdict.
        case curator
        /// Also keeps the accounts.
        case admin

        public static func < (lhs: Role, rhs: Role) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var name: String
    public var role: Role
    /// When the account was made, and when its password or role last changed.
    public var createdAt: String
    public var changedAt: String

    public init(name: String, role: Role, createdAt: String, changedAt: String) {
        self.name = name
        self.role = role
        self.createdAt = createdAt
        self.changedAt = changedAt
    }
}
