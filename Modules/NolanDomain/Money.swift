import Foundation

/// An amount of money in whole pence.
///
/// Gift values are compared with the council's threshold (£50 in the LGA Model Code para 10.2); holding
/// pence as an integer keeps "at least £50" exact, where a floating-point pound could not.
public struct Pence: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let value: Int

    public init(_ value: Int) { self.value = value }

    /// Parses `£50`, `50`, `50.00`, `1,250.5`; nil for anything else (including negatives and more than two decimals).
    public init?(pounds text: String) {
        var t = text.trimmed
        if t.hasPrefix("£") { t.removeFirst() }
        t = t.replacingOccurrences(of: ",", with: "")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
              let whole = Int(parts[0]) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy(\.isASCIIDigit), let v = Int(f) else { return nil }
            fraction = f.count == 1 ? v * 10 : v
        }
        self.value = whole * 100 + fraction
    }

    /// `£1,250.50`: pounds with two decimals, as the public register shows money.
    public var description: String { "£" + poundsText(groupingThousands: true) }

    /// `1250.50`: pounds with two decimals and no symbol, as open-data files carry money.
    public func poundsText(groupingThousands: Bool = false) -> String {
        let pounds = value / 100
        let p = value % 100
        var whole = String(pounds)
        if groupingThousands {
            var out = ""
            for (i, ch) in whole.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            whole = String(out.reversed())
        }
        return whole + "." + (p < 10 ? "0" : "") + String(p)
    }

    public static func < (a: Pence, b: Pence) -> Bool { a.value < b.value }

    public init(from decoder: any Decoder) throws { value = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
