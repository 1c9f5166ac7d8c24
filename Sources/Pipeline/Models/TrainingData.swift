import Foundation

/// Labelled transcripts named on the command line: files, or folders whose `.tsv` files are read
/// in name order.
public enum TrainingData {
    public static func read(_ paths: [String]) throws(TrainingDataError) -> [LabelledTranscript] {
        var transcripts: [LabelledTranscript] = []
        for path in try files(paths) { transcripts.append(try LabelledTranscript.read(path: path)) }
        return transcripts
    }

    /// The files `paths` name, folders expanded.
    public static func files(_ paths: [String]) throws(TrainingDataError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TrainingDataError(source: path, message: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
            guard !names.isEmpty else { throw TrainingDataError(source: path, message: "the folder holds no .tsv files") }
            files += names.map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
        }
        return files
    }
}
