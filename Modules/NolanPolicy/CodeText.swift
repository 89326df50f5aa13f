import Foundation

/// One paragraph (line) of a code's text, with the label a reader would cite it by.
public struct CodeBlock: Codable, Sendable, Equatable {
    /// "para 10.2", "Appendix B para 6", "Table 2", "Appendix C best practice 5"; nil before the first numbered part.
    public var label: String?
    public var text: String

    public init(label: String?, text: String) {
        self.label = label
        self.text = text
    }
}

/// A paragraph in which a local text differs from the model.
public struct CodeChange: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case changed, added, removed }
    public var kind: Kind
    public var label: String?
    public var model: String?
    public var local: String?
    /// For a changed paragraph: the local text with the model's words that went marked [-...-] and new ones {+...+}.
    public var words: String?
}

/// Splits a code's text into citable paragraphs and compares a local text with the model, paragraph by paragraph.
///
/// The texts are the seeds word for word; nothing here rewrites them. The comparison ignores only what is not
/// wording: bold markers, bullet dashes, curly versus straight quotes and runs of white space.
public enum CodeText {
    public static func blocks(_ text: String) -> [CodeBlock] {
        var out: [CodeBlock] = []
        var context = ""
        var label: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let plain = line.replacingOccurrences(of: "**", with: "")
            if plain.hasPrefix("Appendix "), plain.count < 70, !plain.contains("sets out") {
                context = String(plain.prefix(10)).trimmingCharacters(in: .whitespaces)  // "Appendix B"
                label = context
            } else if plain.hasPrefix("Table 1") || plain.hasPrefix("Table 2") {
                context = String(plain.prefix(7))
                label = context
            } else if plain.hasPrefix("Best practice "), let n = plain.dropFirst(14).split(separator: ":").first {
                label = "Appendix C best practice \(n)"
            } else if let n = leadingNumber(plain) {
                if context == "Appendix B" {
                    label = "Appendix B para \(n)"
                } else if !context.hasPrefix("Table") {
                    label = "para \(n)"
                }
            } else if context.hasPrefix("Table"), let cell = plain.split(separator: "\t").first, plain.contains("\t") {
                label = "\(context): \(cell)"
            }
            out.append(CodeBlock(label: label, text: line))
        }
        return out
    }

    /// "10.2", "4" from "10.2 I register ...", "- 10.1 I do not ...", "4. Where a matter ...".
    static func leadingNumber(_ line: String) -> String? {
        var s = Substring(line)
        while let f = s.first, f == "-" || f == " " || f == "[" { s = s.dropFirst() }
        let digits = s.prefix { $0.isNumber || $0 == "." }
        let n = digits.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard !n.isEmpty, n.first!.isNumber else { return nil }
        let rest = s.dropFirst(digits.count)
        guard rest.first == " " || rest.first == "," || rest.isEmpty else { return nil }
        return n
    }

    static func normalised(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "**", with: "")
        for (a, b) in [("“", "\""), ("”", "\""), ("‘", "'"), ("’", "'"), ("–", "-")] { t = t.replacingOccurrences(of: a, with: b) }
        t = t.trimmingCharacters(in: .whitespaces)
        while t.hasPrefix("-") || t.hasPrefix(" ") { t.removeFirst() }
        return t.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The paragraphs in which `local` differs from `model`, in the local text's order.
    public static func diff(model: String, local: String) -> [CodeChange] {
        let a = blocks(model)
        let b = blocks(local)
        let na = a.map { normalised($0.text) }
        let nb = b.map { normalised($0.text) }
        let steps = lcsSteps(na, nb)
        var out: [CodeChange] = []
        var removed: [CodeBlock] = []
        var added: [CodeBlock] = []
        func flush() {
            let paired = min(removed.count, added.count)
            for k in 0..<paired {
                out.append(CodeChange(kind: .changed, label: added[k].label ?? removed[k].label, model: removed[k].text,
                                      local: added[k].text, words: wordDiff(removed[k].text, added[k].text)))
            }
            for r in removed.dropFirst(paired) { out.append(CodeChange(kind: .removed, label: r.label, model: r.text, local: nil, words: nil)) }
            for x in added.dropFirst(paired) { out.append(CodeChange(kind: .added, label: x.label, model: nil, local: x.text, words: nil)) }
            removed = []
            added = []
        }
        for step in steps {
            switch step {
            case .same: flush()
            case .remove(let i): removed.append(a[i])
            case .add(let j): added.append(b[j])
            }
        }
        flush()
        return out
    }

    enum Step: Equatable { case same, remove(Int), add(Int) }

    /// Longest-common-subsequence alignment of two sequences (a few hundred lines: a full table is cheap).
    static func lcsSteps<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        let n = a.count, m = b.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { steps.append(.same); i += 1; j += 1 }
            else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] { steps.append(.add(j)); j += 1 }
            else { steps.append(.remove(i)); i += 1 }
        }
        return steps
    }

    /// The local wording with removed model words as [-...-] and added words as {+...+}.
    static func wordDiff(_ model: String, _ local: String) -> String {
        func words(_ s: String) -> [String] {
            var t = s.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
            while t.hasPrefix("-") || t.hasPrefix(" ") { t.removeFirst() }
            return t.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        let a = words(model)
        let b = words(local)
        let na = a.map(normalised)
        let nb = b.map(normalised)
        var out: [String] = []
        var del: [String] = []
        var ins: [String] = []
        func flush() {
            if !del.isEmpty { out.append("[-" + del.joined(separator: " ") + "-]") }
            if !ins.isEmpty { out.append("{+" + ins.joined(separator: " ") + "+}") }
            del = []
            ins = []
        }
        var j = 0
        for step in lcsSteps(na, nb) {
            switch step {
            case .same: flush(); out.append(b[j]); j += 1
            case .remove(let i): del.append(a[i])
            case .add(let k): ins.append(b[k]); j = k + 1
            }
        }
        flush()
        return out.joined(separator: " ")
    }
}
