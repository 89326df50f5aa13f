import CLibXML2
import Foundation
import NolanDomain

/// A small element tree read from XML through libxml2's streaming xmlTextReader.
///
/// Child elements that carry only text (no attributes, no children of their own), such as `<registered>`, are kept
/// as name and text pairs rather than as objects of their own: they are most of a feed's elements, and allocating
/// one object each was the largest cost of reading a large feed after libxml2 itself. `child` and `all` still
/// return them as elements.
public final class XMLElement {
    public let name: String
    public let line: Int
    public var attributes = XMLAttributes()
    public var children: [XMLElement] = []
    public var text = ""
    var leaves: [(name: String, text: String, line: Int)] = []

    public init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    convenience init(leaf: (name: String, text: String, line: Int)) {
        self.init(name: leaf.name, line: leaf.line)
        text = leaf.text
    }

    public func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name } ?? leaves.first { $0.name == name }.map(XMLElement.init(leaf:))
    }

    public func all(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name } + leaves.filter { $0.name == name }.map(XMLElement.init(leaf:))
    }

    /// The trimmed text of a child element, nil when absent or empty.
    public func value(_ name: String) -> String? {
        let t = (leaves.first { $0.name == name }?.text ?? children.first { $0.name == name }?.text)?.trimmed ?? ""
        return t.isEmpty ? nil : t
    }
}

/// An element's attributes, in document order. A list rather than a dictionary: elements carry a handful, and hashing
/// their names was a tenth of the reading thread's time on a large feed.
public struct XMLAttributes {
    var pairs: [(name: String, value: String)] = []

    public subscript(name: String) -> String? {
        get { pairs.first { $0.name == name }?.value }
        set {
            if let i = pairs.firstIndex(where: { $0.name == name }) {
                if let v = newValue { pairs[i].value = v } else { pairs.remove(at: i) }
            } else if let v = newValue {
                pairs.append((name, v))
            }
        }
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
        // XML_PARSE_NOBLANKS drops the white space between elements (indentation), which no record reads: it was a
        // node, and a string, for every line of a feed. XML_PARSE_COMPACT stores short text inside its node (xmllint's
        // default too; safe because the reader never modifies the tree). XML_PARSE_BIG_LINES keeps line numbers right
        // past line 65,535, for error messages in large feeds.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue)
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
        /// The innermost open element while it has only text: it becomes a leaf of `stack.last` when it closes, or
        /// an element of its own when a child opens in it. Only the innermost element can be one.
        var leaf: (name: String, line: Int)?
        var leafText = ""
        var sawRoot = false
        func fail() -> OpenDataError {
            OpenDataError("\(path): not well-formed XML: \(sink.messages.first ?? "unknown error")")
        }
        // Element and attribute names come from libxml2's dictionary, one pointer per distinct name: each is made a
        // Swift string once (a feed of a million entries has a few dozen names and ten million elements), and found
        // again by comparing pointers, which is cheaper than hashing for so few.
        var names: [(pointer: UnsafePointer<xmlChar>, name: String, isRecord: Bool)] = []
        func interned(_ p: UnsafePointer<xmlChar>?) -> (name: String, isRecord: Bool) {
            guard let p else { return ("", false) }
            if let known = names.first(where: { $0.pointer == p }) { return (known.name, known.isRecord) }
            let n = String(cString: p)
            names.append((p, n, records.contains(n)))
            return (n, records.contains(n))
        }
        while true {
            let rc = xmlTextReaderRead(reader)
            if rc == 0 { break }
            if rc < 0 { throw fail() }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                let line = Int(xmlTextReaderGetParserLineNumber(reader))
                throw OpenDataError("\(path):\(line): a document type declaration (<!DOCTYPE>) is not accepted: Nolan reads no DTDs and expands no entities")
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let line = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? Int(xmlTextReaderGetParserLineNumber(reader))
                let (name, isRecord) = interned(xmlTextReaderConstLocalName(reader))
                if !sawRoot {
                    sawRoot = true
                    try root(name, line)
                }
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                let hasAttributes = xmlTextReaderHasAttributes(reader) == 1
                // A text-only element has turned out to have children: it becomes an element of its own.
                if let l = leaf {
                    let promoted = XMLElement(leaf: (l.name, leafText, l.line))
                    stack.last?.children.append(promoted)
                    stack.append(promoted)
                    leaf = nil
                    leafText = ""
                }
                if let parent = stack.last, !hasAttributes {
                    if empty { parent.leaves.append((name, "", line)) } else { leaf = (name, line) }
                    continue
                }
                let element = XMLElement(name: name, line: line)
                if hasAttributes {
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        let k = interned(xmlTextReaderConstLocalName(reader)).name
                        let v = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                        element.attributes.pairs.append((k, v))
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                if stack.isEmpty && !isRecord { try start?(element) }
                if !stack.isEmpty || isRecord {
                    stack.last?.children.append(element)
                    if empty {
                        if stack.isEmpty { try body(element) }
                    } else {
                        stack.append(element)
                    }
                }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                guard let v = xmlTextReaderConstValue(reader) else { continue }
                if leaf != nil {
                    if leafText.isEmpty { leafText = String(cString: v) } else { leafText += String(cString: v) }
                } else if let top = stack.last {
                    if top.text.isEmpty { top.text = String(cString: v) } else { top.text += String(cString: v) }
                }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                if let l = leaf {
                    stack.last?.leaves.append((l.name, leafText, l.line))
                    leaf = nil
                    leafText = ""
                } else if let top = stack.popLast(), stack.isEmpty {
                    // Only a record starts the stack, so the element that empties it is one.
                    try body(top)
                }
            default:
                break
            }
        }
        if !sink.messages.isEmpty { throw fail() }
        if !sawRoot { throw OpenDataError("\(path): no XML element found") }
    }
}
