import AssayCore
import Foundation
import GRDB
@testable import ReviewStore
import Testing

@Suite("Assigning claims to members of the desk")
struct AssignmentTests {
    static let text = """
        Headline

        Police arrested 40 people on Monday. The mayor said the protest was peaceful. Shops stayed shut on Tuesday. \
        The council will meet on Friday. Unemployment rose to 5% in March.
        """

    static func fixture() throws -> (WorkbenchFixture, [String]) {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(text, name: "news")
        for name in ["ana", "maria", "tom"] {
            try fixture.workbench.addAccount(name, role: .analyst, passwordHash: "h", analyst: "admin")
        }
        return (fixture, try fixture.claims("news").map(\.id))
    }

    @Test("each claim goes to `overlap` different members, spread evenly in document order; assigning again replaces")
    func spreadEvenly() throws {
        let (fixture, claims) = try Self.fixture()
        let counts = try fixture.workbench.assign(document: "news", to: ["maria", "tom", "ana"], overlap: 2, analyst: "admin")
        #expect(counts.map(\.analyst) == ["maria", "tom", "ana"])
        #expect(counts.map(\.claims).reduce(0, +) == claims.count * 2)
        #expect(counts.map(\.claims).max()! - counts.map(\.claims).min()! <= 1)
        let entries = try fixture.workbench.assignments(document: "news")
        for claim in claims {
            let members = entries.filter { $0.claim == claim }.map(\.analyst)
            #expect(members.count == 2 && Set(members).count == 2, "\(claim): \(members)")
        }
        #expect(try fixture.workbench.assignments(analyst: "tom").allSatisfy { $0.analyst == "tom" })

        // By someone who has recorded nothing before: the assigner is registered as an analyst.
        try fixture.workbench.assign(document: "news", to: ["tom"], overlap: 1, analyst: "newcomer")
        #expect(try fixture.workbench.assignments(document: "news").map(\.analyst) == Array(repeating: "tom", count: claims.count))
        #expect(try fixture.workbench.assignments(document: "news").map(\.claim) == claims, "in document order")
    }

    @Test("an overlap out of range, a member without an account and an unknown document are refused, changing nothing")
    func refusals() throws {
        let (fixture, _) = try Self.fixture()
        try fixture.workbench.assign(document: "news", to: ["maria"], overlap: 1, analyst: "admin")
        let before = try fixture.workbench.assignments()
        #expect(throws: WorkbenchError.invalidOverlap(3, members: 2)) {
            try fixture.workbench.assign(document: "news", to: ["maria", "tom"], overlap: 3, analyst: "admin")
        }
        #expect(throws: WorkbenchError.invalidOverlap(0, members: 1)) {
            try fixture.workbench.assign(document: "news", to: ["maria"], overlap: 0, analyst: "admin")
        }
        #expect(throws: WorkbenchError.unknownAccount("zoe")) {
            try fixture.workbench.assign(document: "news", to: ["maria", "zoe"], overlap: 1, analyst: "admin")
        }
        #expect(throws: WorkbenchError.unknownDocument("other")) {
            try fixture.workbench.assign(document: "other", to: ["maria"], overlap: 1, analyst: "admin")
        }
        #expect(try fixture.workbench.assignments() == before)
    }

    @Test("assignments are exported, and go with their document when it is deleted")
    func exportedAndDeleted() throws {
        let (fixture, claims) = try Self.fixture()
        try fixture.workbench.assign(document: "news", to: ["maria", "tom"], overlap: 1, analyst: "admin")
        var lines: [String] = []
        _ = try fixture.workbench.export { (line: String) in lines.append(line) }
        #expect(lines.filter { $0.contains("\"table\":\"assignments\"") }.count == claims.count)
        _ = try fixture.workbench.deleteDocument("news", force: false, analyst: "admin") { _ in }
        #expect(try fixture.workbench.assignments().isEmpty)
    }
}
