import Foundation

/// A one-line question on the last row of the review screen: the analyst types, Backspace
/// erases, Enter answers, Esc cancels. The line is redrawn after every key (there is no echo
/// in raw mode); when the answer is wider than the screen, its end is shown. When the terminal
/// is resized, the screen behind the question is drawn again, then the question.
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
    /// Draws the screen behind the prompt again at the terminal's new size; returns its width.
    let redraw: () -> Int

    /// The line typed, trimmed; Enter alone answers "".
    func ask(_ question: String) throws(Stop) -> String {
        var answer = "", width = self.width
        while true {
            draw(question, answer, width: width)
            switch keys.next() {
            case .character(let character): answer.append(character)
            case .backspace: if !answer.isEmpty { answer.removeLast() }
            case .enter: return answer.trimmingCharacters(in: .whitespaces)
            case .escape: throw .cancelled
            case .interrupt, .endOfInput: throw .quit
            case .resize: width = redraw()
            case .other: continue
            }
        }
    }

    /// One key among `choices`; other keys are ignored.
    func choose(_ question: String, _ choices: [Character]) throws(Stop) -> Character {
        var width = self.width
        while true {
            draw(question, "", width: width)
            switch keys.next() {
            case .character(let character) where choices.contains(character): return character
            case .escape: throw .cancelled
            case .interrupt, .endOfInput: throw .quit
            case .resize: width = redraw()
            default: continue
            }
        }
    }

    /// Never wider than `width - 1`: a line as wide as the last row could scroll the screen.
    private func draw(_ question: String, _ answer: String, width: Int) {
        let shownQuestion = ScreenText.clip(question, width: max(1, width - 12))
        let room = max(1, width - shownQuestion.count - 2)
        let shown = answer.count > room ? "…" + answer.suffix(room - 1) : answer
        StandardStream.standardOutput.write("\r\u{1B}[K\(ScreenStyle.bold(shownQuestion)) \(shown)")
    }
}
