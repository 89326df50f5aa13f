import CLibXML2
import Foundation
import NolanDomain

/// A small element tree read from XML through libxml2's streaming xmlTextReader.
public final class XMLElement {
    public let name: String
    public let line: Int
    public var attributes: [String: String] = [:]
    public var children: [XMLElement] = []
    public var text = ""

    public init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    public func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    public func all(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The trimmed text of a child element, nil when absent or empty.
    public func value(_ name: String) -> String? {
        let t = child(name)?.text.trimmed ?? ""
        return t.isEmpty ? nil : t
    }
}

/// Reads XML safely: no network (XML_PARSE_NONET), no external entities or DTD loading (XML_PARSE_NOENT and
/// XML_PARSE_DTDLOAD are never set), no huge-document mode, and any document type declaration refused outright,
/// which stops entity-expansion attacks ("billion laughs") before any entity is expanded. libxml2's own error
/// printing is off (XML_PARSE_NOERROR | XML_PARSE_NOWARNING); its errors are collected with their line numbers.
///
/// `records(named:)` streams: each element of that name is built into a small tree, handed over, and dropped, so
/// memory stays flat for a feed of any length.
public struct XMLRecordReader {
    public let path: String

    public init(path: String) { self.path = path }

    final class ErrorSink {
        var messages: [String] = []
    }

    /// Calls `root` with the root element's name and line, then `body` with each element named `record` (at any depth).
    public func read(record: String, root: (String, Int) throws -> Void, _ body: (XMLElement) throws -> Void) throws {
        try read(records: [record], root: root, start: nil, body)
    }

    /// As `read(record:)` for several record names; `start` sees each element outside a record as it opens (with
    /// its attributes, without children), for context such as the council a run of records belongs to.
    public func read(records: Set<String>, root: (String, Int) throws -> Void, start: ((XMLElement) throws -> Void)?,
                     _ body: (XMLElement) throws -> Void) throws {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else { throw OpenDataError("\(path): cannot be read") }
        defer { xmlFreeTextReader(reader) }
        let sink = ErrorSink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { ctx, error in
            guard let ctx, let error else { return }
            let sink = Unmanaged<ErrorSink>.fromOpaque(ctx).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "XML error"
            sink.messages.append("line \(error.pointee.line): \(message)")
        }, context)

        var stack: [XMLElement] = []
        var sawRoot = false
        func fail() -> OpenDataError {
            OpenDataError("\(path): not well-formed XML: \(sink.messages.first ?? "unknown error")")
        }
        while true {
            let rc = xmlTextReaderRead(reader)
            if rc == 0 { break }
            if rc < 0 { throw fail() }
            let type = xmlTextReaderNodeType(reader)
            let line = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? Int(xmlTextReaderGetParserLineNumber(reader))
            switch type {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw OpenDataError("\(path):\(line): a document type declaration (<!DOCTYPE>) is not accepted: Nolan reads no DTDs and expands no entities")
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
                if !sawRoot {
                    sawRoot = true
                    try root(name, line)
                }
                let element = XMLElement(name: name, line: line)
                if xmlTextReaderHasAttributes(reader) == 1 {
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        let k = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
                        let v = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                        element.attributes[k] = v
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                if stack.isEmpty && !records.contains(name) { try start?(element) }
                if !stack.isEmpty || records.contains(name) {
                    stack.last?.children.append(element)
                    if empty {
                        if stack.isEmpty { try body(element) }
                    } else {
                        stack.append(element)
                    }
                }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                if let top = stack.last, let v = xmlTextReaderConstValue(reader) { top.text += String(cString: v) }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                if let top = stack.popLast(), stack.isEmpty, records.contains(top.name) { try body(top) }
            default:
                break
            }
        }
        if !sink.messages.isEmpty { throw fail() }
        if !sawRoot { throw OpenDataError("\(path): no XML element found") }
    }
}
