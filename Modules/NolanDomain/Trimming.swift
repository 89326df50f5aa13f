extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks).
    ///
    /// Written in Swift rather than through Foundation's `trimmingCharacters(in:)`, which bridges through NSString:
    /// a profile of the CSV import showed that bridge at about a tenth of the time per row, for fields and dates
    /// that are trimmed millions of times. Most text has nothing to trim and starts and ends in visible ASCII, which
    /// is checked on the UTF-8 bytes first; the Unicode white-space test (a quarter of an import's time when it ran
    /// on every field) is left for the rest.
    public var trimmed: String {
        // The bytes themselves where the string has them in one piece (a native string always does): the collection's
        // own `last` walked the UTF-8 view index by index, and was most of this getter's cost.
        let visibleEnds = utf8.withContiguousStorageIfAvailable { b in
            guard let first = b.first, let last = b.last else { return false }
            return first.isPrintableASCII && last.isPrintableASCII
        }
        if visibleEnds ?? false { return self }
        return Substring(self).trimmedByCharacter
    }
}

extension Substring {
    /// As `String.trimmed`.
    public var trimmed: String {
        if let first = utf8.first, let last = utf8.last, first.isPrintableASCII, last.isPrintableASCII { return String(self) }
        return trimmedByCharacter
    }

    var trimmedByCharacter: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}

extension UInt8 {
    /// A visible ASCII character (not white space, not a control, not part of a multi-byte character).
    var isPrintableASCII: Bool { self > 0x20 && self < 0x7F }
}
