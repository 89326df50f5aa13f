import CLibXML2
import Foundation

/// Writes an XML document to a file through libxml2's xmlTextWriter, streaming: memory stays flat whatever the
/// size of the register (a feed of every parish in England is written element by element, never held whole).
final class XMLStreamWriter {
    private let writer: xmlTextWriterPtr
    private let path: String

    init(path: String) throws {
        guard let w = xmlNewTextWriterFilename(path, 0) else { throw OpenDataError("\(path): cannot be created for writing") }
        writer = w
        self.path = path
        xmlTextWriterSetIndent(writer, 1)
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start")
    }

    deinit { xmlFreeTextWriter(writer) }

    private func check(_ rc: Int32, _ what: String) throws {
        if rc < 0 { throw OpenDataError("\(path): libxml2 could not write (\(what))") }
    }

    func start(_ name: String, namespace: String? = nil) throws {
        if let ns = namespace {
            try check(xmlTextWriterStartElementNS(writer, nil, name, ns), name)
        } else {
            try check(xmlTextWriterStartElement(writer, name), name)
        }
    }

    func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, value), name)
    }

    func end() throws { try check(xmlTextWriterEndElement(writer), "end") }

    /// `<name>text</name>`; nothing when `text` is nil.
    func element(_ name: String, _ text: String?) throws {
        guard let t = text else { return }
        try check(xmlTextWriterWriteElement(writer, name, t), name)
    }

    func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end of document")
        try check(xmlTextWriterFlush(writer), "flush")
    }
}

/// An error in reading or writing an open-data file, naming the file.
public struct OpenDataError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ d: String) { description = d }
}
