import Foundation

/// A one-line question at the bottom of the review screen: the analyst types, Backspace
/// erases, Enter answers, Esc cancels. The line is redrawn after every key (there is no
/// echo in raw mode); when the answer is wider than the screen, its end is shown.
struct LinePrompt {
    /// Why a prompt gave no answer.
    enum Stop: Error, Equatable {
        /// Esc: back to the assertion.
        case cancelled
        /// Ctrl-C, or the terminal went away: the session ends.
        case quit
    }

    let keys: KeyReader
    let width: Int

    /// The line typed, trimmed; Enter alone answers "".
    func ask(_ question: String) throws(Stop) -> String {
        var answer = ""
        while true {
            draw(question, answer)
            switch keys.next() {
            case .character(let character): answer.append(character)
            case .backspace: if !answer.isEmpty { answer.removeLast() }
            case .enter: return answer.trimmingCharacters(in: .whitespaces)
            case .escape: throw .cancelled
            case .interrupt, .endOfInput: throw .quit
            case .other: continue
            }
        }
    }

    /// One key among `choices`; other keys are ignored.
    func choose(_ question: String, _ choices: [Character]) throws(Stop) -> Character {
        draw(question, "")
        while true {
            switch keys.next() {
            case .character(let character) where choices.contains(character): return character
            case .escape: throw .cancelled
            case .interrupt, .endOfInput: throw .quit
            default: continue
            }
        }
    }

    private func draw(_ question: String, _ answer: String) {
        let room = max(10, width - question.count - 1)
        let shown = answer.count > room ? "…" + answer.suffix(room - 1) : answer
        StandardStream.standardOutput.write("\r\u{1B}[K\(ScreenStyle.bold(question)) \(shown)")
    }
}
