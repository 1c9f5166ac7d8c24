import Foundation

/// Expands command-line inputs into the documents to read: files as given, folders recursively
/// (only `.txt`, `.md`, `.markdown`, `.html`, `.htm` and `.pdf`; hidden entries skipped; symlink
/// loops visited once), `-` for standard input, and http and https addresses. Inputs that
/// cannot be found become errors in place, so the other inputs are still processed.
public enum InputLocator {
    public static func locate(_ arguments: [String]) -> [Result<InputItem, InputError>] {
        var results: [Result<InputItem, InputError>] = []
        var visitedFolders = Set<String>()
        for argument in arguments {
            if argument == "-" {
                results.append(.success(.standardInput))
                continue
            }
            if let scheme = WebAddress.scheme(of: argument) {
                results.append(WebAddress.isFetched(scheme) ? .success(.webPage(address: argument))
                    : .failure(InputError(source: argument, problem: .unsupportedAddress(scheme: scheme))))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                results.append(.failure(InputError(source: argument, problem: .notFound)))
                continue
            }
            if isFolder.boolValue {
                let found = results.count
                // A folder that yields nothing is most often a wrong path or extension: say so
                // (but not for a folder already searched, given twice).
                if walk(folder: argument, visited: &visitedFolders, into: &results), results.count == found {
                    results.append(.failure(InputError(source: argument, problem: .noDocuments)))
                }
            } else {
                results.append(.success(.file(path: argument)))
            }
        }
        return results
    }

    /// Adds the documents under `folder`; false when it had been searched already.
    @discardableResult
    private static func walk(folder: String, visited: inout Set<String>,
                             into results: inout [Result<InputItem, InputError>]) -> Bool {
        let realPath = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(realPath).inserted else { return false }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            results.append(.failure(InputError(source: folder, problem: .unreadable("folder cannot be listed"))))
            return true
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                walk(folder: path, visited: &visited, into: &results)
            } else if InputItem.file(path: path).declaredFormat != nil || InputItem.file(path: path).isNamedPDF {
                results.append(.success(.file(path: path)))
            }
        }
        return true
    }
}
