/// A one-line progress bar on stderr, drawn only when stderr is a terminal and there is more
/// than one item.
struct ProgressBar {
    let total: Int
    let label: String
    private var enabled: Bool { total > 1 && Terminal.isTerminal(.standardError) }

    func update(_ done: Int, item: String) {
        guard enabled else { return }
        let width = 30, filled = total == 0 ? 0 : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        StandardStream.standardError.write("\r\u{1B}[K\(label) [\(bar)] \(done)/\(total) \(item.suffix(40))")
    }

    func clear() {
        guard enabled else { return }
        StandardStream.standardError.write("\r\u{1B}[K")
    }
}
