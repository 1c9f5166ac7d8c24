import AssayCore
import GRDB

extension Workbench {
    /// Gives a document a new name (seed names are long hex). Its versions, verdicts and
    /// citations stay with it; claim references by the old name stop working, and the audit log
    /// records both names. A later ingest of the same path or URL still finds it.
    public func renameDocument(_ name: String, to newName: String, analyst: String) throws(WorkbenchError) {
        try DocumentName.validate(newName)
        try write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE name = ?", arguments: [name]) else {
                throw WorkbenchError.unknownDocument(name)
            }
            guard newName != name else { return }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents WHERE name = ?)", arguments: [newName]) == true {
                throw WorkbenchError.documentNameTaken(newName)
            }
            try Workbench.audit(db, analyst: analyst, action: "rename", subject: name, detail: newName)
            try db.execute(sql: "UPDATE documents SET name = ? WHERE id = ?", arguments: [newName, id])
        }
    }
}
