import Foundation

/// Writes RFC 4180 CSV: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote or a line break,
/// quotes doubled. Buffered, so a million rows are written without holding them.
final class CSVWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    let path: String

    init(path: String, header: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
            throw OpenDataError("\(path): cannot be created for writing")
        }
        handle = h
        self.path = path
        buffer.reserveCapacity(1 << 16)
        try row(header)
    }

    func row(_ fields: [String?]) throws {
        for (i, f) in fields.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            append(f ?? "")
        }
        buffer.append(13)
        buffer.append(10)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Comma, quote, LF or CR: a field holding one is quoted.
    static func special(_ b: UInt8) -> Bool {
        switch b {
        case 44, 34, 10, 13: return true
        default: return false
        }
    }

    private func append(_ field: String) {
        let bytes = Array(field.utf8)
        let needsQuotes = bytes.contains(where: Self.special)
        guard needsQuotes else { buffer.append(contentsOf: bytes); return }
        buffer.append(34)
        for b in bytes {
            if b == 34 { buffer.append(34) }
            buffer.append(b)
        }
        buffer.append(34)
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}
