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
        Self.encode(fields, into: &buffer)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Comma, quote, LF or CR: a field holding one is quoted.
    static func special(_ b: UInt8) -> Bool {
        switch b {
        case 44, 34, 10, 13: return true
        default: return false
        }
    }

    /// Appends one record to `out`. A static function over an `inout` buffer, reading each field's UTF-8 in place:
    /// appending byte by byte to the writer's own stored buffer paid an exclusivity check per byte, and copying each
    /// field to an array an allocation per field (together half of a million-row export's time).
    static func encode(_ fields: [String?], into out: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            guard var field = f else { continue }
            field.withUTF8 { bytes in
                guard bytes.contains(where: special) else {
                    out.append(contentsOf: bytes)
                    return
                }
                out.append(34)
                for b in bytes {
                    if b == 34 { out.append(34) }
                    out.append(b)
                }
                out.append(34)
            }
        }
        out.append(13)
        out.append(10)
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
