extension ModelFile {
    /// Reads a model file's bytes; anything malformed, missing or of another version is an error
    /// naming the member at fault. The format and version are checked first, so a file of another
    /// version is refused as such rather than for a member it may lay out differently.
    public static func decode(_ bytes: [UInt8], file: String) throws(ModelFileError) -> ModelFile {
        guard let document = JSONValue.parse(bytes) else {
            throw ModelFileError(file: file, message: "not a model file: it is not valid JSON")
        }
        let reader = Members(document, path: "", file: file)
        return try decode(reader, file: file) { () throws(ModelFileError) in try reader.object("weights").numberList() }
    }

    /// Reads a model file for scoring: the header as `decode` does, with no `weights`, which come
    /// as `WeightNames` (no string per weight).
    public static func decodeForScoring(_ bytes: [UInt8], file: String) throws(ModelFileError) -> (header: ModelFile, weights: WeightNames) {
        var weights = WeightNames()
        guard let document = JSONValue.parse(bytes, streaming: "weights", into: &weights) else {
            // The whole file read the usual way says what is wrong with it.
            _ = try decode(bytes, file: file)
            throw ModelFileError(file: file, message: "not a model file: its weights are not an object of numbers")
        }
        let reader = Members(document, path: "", file: file)
        let header = try decode(reader, file: file) { () throws(ModelFileError) in
            _ = try reader.object("weights")  // present, as an empty object, when it was streamed
            return []
        }
        if let repeated = weights.repeatedName() {
            throw ModelFileError(file: file, message: "'weights.\(repeated)' is given twice")
        }
        return (header, weights)
    }

    private static func decode(_ reader: Members, file: String,
                               weights: () throws(ModelFileError) -> [(name: String, weight: Double)]) throws(ModelFileError) -> ModelFile {
        guard try reader.string("format") == "assay-model" else {
            throw ModelFileError(file: file, message: "not a model file: 'format' is not \"assay-model\"")
        }
        let version = try reader.int("version")
        guard version == formatVersion else {
            throw ModelFileError(file: file, message: "model file version \(version) is not one this assay reads (it reads version \(formatVersion)); retrain it with this assay's 'assay model train'")
        }
        let trained = try reader.object("trainedOn")
        let trainedOn = TrainingData(sources: try trained.strings("sources"), examples: try trained.int("examples"),
                                     positives: try trained.int("positives"), date: try trained.string("date"),
                                     licence: try trained.string("licence"))
        var evaluation: Evaluation?
        if reader.has("evaluation") {
            let figures = try reader.object("evaluation")
            var calibration: [RankingFigures.CalibrationBand] = []
            for band in try figures.objects("calibration") {
                calibration.append(RankingFigures.CalibrationBand(
                    lower: try band.double("lower"), upper: try band.double("upper"), lines: try band.int("lines"),
                    meanScore: try band.double("meanScore"), positiveRate: try band.double("positiveRate")))
            }
            evaluation = Evaluation(method: try figures.string("method"), model: try summary(figures.object("model")),
                                    handSet: try summary(figures.object("handSet")), calibration: calibration)
        }
        var measured: MeasuredFigures?
        if reader.has("measured") {
            let members = try reader.object("measured")
            measured = MeasuredFigures(method: try members.string("method"), figures: try members.numbers("figures"))
        }
        return ModelFile(task: try reader.string("task"), features: try reader.string("features"), trainedOn: trainedOn,
                         method: try reader.string("method"), settings: try reader.numbers("settings"),
                         evaluation: evaluation, measured: measured, thresholds: try reader.numbers("thresholds"),
                         intercept: try reader.double("intercept"), weights: try weights())
    }

    private static func summary(_ members: Members) throws(ModelFileError) -> RankingFigures.Summary {
        RankingFigures.Summary(documents: try members.int("documents"), lines: try members.int("lines"),
                               positives: try members.int("positives"),
                               meanAveragePrecision: try members.double("map"),
                               precisionAt10: try members.double("p@10"), precisionAt20: try members.double("p@20"))
    }
}

/// The members of one JSON object of a model file, read with errors that name the member by its
/// path (`trainedOn.examples`).
private struct Members {
    let members: [(key: String, value: JSONValue)]
    let path: String
    let file: String

    init(_ value: JSONValue, path: String, file: String) {
        if case .object(let members) = value { self.members = members } else { members = [] }
        self.path = path
        self.file = file
    }

    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    private func value(_ key: String) throws(ModelFileError) -> JSONValue {
        guard let member = members.first(where: { $0.key == key }) else { throw problem(key, "is missing") }
        return member.value
    }

    private func problem(_ key: String, _ what: String) -> ModelFileError {
        ModelFileError(file: file, message: "'\(path)\(key)' \(what)")
    }

    func string(_ key: String) throws(ModelFileError) -> String {
        guard case .string(let text) = try value(key) else { throw problem(key, "must be a string") }
        return text
    }

    func strings(_ key: String) throws(ModelFileError) -> [String] {
        guard case .array(let list) = try value(key) else { throw problem(key, "must be a list of strings") }
        var texts: [String] = []
        for element in list {
            guard case .string(let text) = element else { throw problem(key, "must be a list of strings") }
            texts.append(text)
        }
        return texts
    }

    func double(_ key: String) throws(ModelFileError) -> Double {
        guard let number = Self.number(try value(key)) else { throw problem(key, "must be a number") }
        return number
    }

    private static func number(_ value: JSONValue) -> Double? {
        if case .number(let number) = value { return number }
        return nil
    }

    func int(_ key: String) throws(ModelFileError) -> Int {
        let number = try double(key)
        guard number.rounded() == number, abs(number) < 1e15 else { throw problem(key, "must be a whole number") }
        return Int(number)
    }

    func object(_ key: String) throws(ModelFileError) -> Members {
        let member = try value(key)
        guard case .object = member else { throw problem(key, "must be an object") }
        return Members(member, path: "\(path)\(key).", file: file)
    }

    func objects(_ key: String) throws(ModelFileError) -> [Members] {
        guard case .array(let list) = try value(key) else { throw problem(key, "must be a list of objects") }
        var objects: [Members] = []
        for (index, element) in list.enumerated() {
            guard case .object = element else { throw problem(key, "must be a list of objects") }
            objects.append(Members(element, path: "\(path)\(key)[\(index)].", file: file))
        }
        return objects
    }

    func numbers(_ key: String) throws(ModelFileError) -> [String: Double] {
        var numbers: [String: Double] = [:]
        for (name, value) in try object(key).numberList() { numbers[name] = value }
        return numbers
    }

    /// Every member, each a number, in file order; a name given twice is an error.
    func numberList() throws(ModelFileError) -> [(name: String, weight: Double)] {
        var list: [(name: String, weight: Double)] = []
        list.reserveCapacity(members.count)
        // Written sorted, a name given twice is next to itself; hashing a hundred thousand names
        // costs more than comparing neighbours.
        let isSorted = zip(members, members.dropFirst()).allSatisfy { $0.key < $1.key }
        var seen = Set<String>(minimumCapacity: isSorted ? 0 : members.count)
        for (offset, (name, value)) in members.enumerated() {
            guard let number = Self.number(value) else { throw problem(name, "must be a number") }
            let isRepeat = isSorted ? offset > 0 && members[offset - 1].key == name : !seen.insert(name).inserted
            guard !isRepeat else { throw problem(name, "is given twice") }
            list.append((name, number))
        }
        return list
    }
}
