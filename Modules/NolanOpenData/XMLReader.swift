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

/// What a record reader needs of an element: its name and line, its attributes, and the text of its text-only
/// children. Both the element trees and the flat elements of a streamed feed (`FlatElement`) have it, so one set of
/// rules reads either.
public protocol XMLFields {
    var name: String { get }
    var line: Int { get }
    var attributes: XMLAttributes { get }
    /// The trimmed text of a text-only child element, nil when absent or empty.
    func value(_ name: String) -> String?
}

extension XMLElement: XMLFields {}

/// An element whose children are all text-only (a register entry), read straight from the stream as values, without
/// an object per element.
public struct FlatElement: XMLFields {
    public let name: String
    public let line: Int
    public var attributes: XMLAttributes
    var leaves: [(name: String, text: String)] = []

    public func value(_ name: String) -> String? {
        let t = leaves.first { $0.name == name }?.text.trimmed ?? ""
        return t.isEmpty ? nil : t
    }
}

/// Reads XML safely: no network (XML_PARSE_NONET), no external entities or DTD loading (XML_PARSE_NOENT and
/// XML_PARSE_DTDLOAD are never set), no huge-document mode, and any document type declaration refused outright,
/// which stops entity-expansion attacks ("billion laughs") before any entity is expanded. libxml2's own error
/// printing is off (XML_PARSE_NOERROR | XML_PARSE_NOWARNING); its errors are collected with their line numbers.
///
/// `read(record:)` streams: each element of that name is built into a small tree, handed over, and dropped, so
/// memory stays flat for a feed of any length. `stream` hands over the document event by event, for readers that
/// build their own records.
public struct XMLRecordReader {
    public let path: String

    public init(path: String) { self.path = path }

    final class ErrorSink {
        var messages: [String] = []
    }

    /// Calls `root` with the root element's name and line, then `body` with each element named `record` (at any depth).
    /// Elements named in `dropping` are skipped with everything in them as they are read: they never reach memory
    /// (a councillor's home address).
    public func read(record: String, dropping: Set<String> = [], root: (String, Int) throws -> Void,
                     _ body: (XMLElement) throws -> Void) throws {
        var tree = XMLTreeBuilder(dropping: dropping)
        try stream(root: root, open: { name, attributes, line in
            if tree.isBuilding || name == record { tree.open(name, attributes, line: line) }
        }, text: { text in
            tree.text(text)
        }, close: {
            if let found = tree.close() { try body(found) }
        })
    }

    /// Streams the document: `open` for each element as it starts (name, attributes, line), `text` for its text, and
    /// `close` at its end (an empty element opens and closes at once). `root` sees the root element first.
    public func stream(root: (String, Int) throws -> Void, open: (String, XMLAttributes, Int) throws -> Void,
                       text: (String) throws -> Void, close: () throws -> Void) throws {
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

        var sawRoot = false
        func fail() -> OpenDataError {
            OpenDataError("\(path): not well-formed XML: \(sink.messages.first ?? "unknown error")")
        }
        // Element and attribute names come from libxml2's dictionary, one pointer per distinct name: each is made a
        // Swift string once (a feed of a million entries has a few dozen names and ten million elements), and found
        // again by comparing pointers, which is cheaper than hashing for so few.
        var names: [(pointer: UnsafePointer<xmlChar>, name: String)] = []
        func interned(_ p: UnsafePointer<xmlChar>?) -> String {
            guard let p else { return "" }
            if let known = names.first(where: { $0.pointer == p }) { return known.name }
            let n = String(cString: p)
            names.append((p, n))
            return n
        }
        while true {
            let rc = xmlTextReaderRead(reader)
            if rc == 0 { break }
            if rc < 0 { throw fail() }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                let line = Int(xmlTextReaderGetParserLineNumber(reader))
                throw OpenDataError("\(path):\(line): a document type declaration (<!DOCTYPE>) is not accepted: Nolan reads no DTDs and expands no entities")
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let line = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? Int(xmlTextReaderGetParserLineNumber(reader))
                let name = interned(xmlTextReaderConstLocalName(reader))
                if !sawRoot {
                    sawRoot = true
                    try root(name, line)
                }
                var attributes = XMLAttributes()
                if xmlTextReaderHasAttributes(reader) == 1 {
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        attributes.pairs.append((interned(xmlTextReaderConstLocalName(reader)),
                                                 xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""))
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                try open(name, attributes, line)
                if xmlTextReaderIsEmptyElement(reader) == 1 { try close() }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                if let v = xmlTextReaderConstValue(reader) { try text(String(cString: v)) }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                try close()
            default:
                break
            }
        }
        if !sink.messages.isEmpty { throw fail() }
        if !sawRoot { throw OpenDataError("\(path): no XML element found") }
    }
}

/// Builds one record's element tree from stream events: `open` the record and everything in it, `text`, and `close`,
/// which returns the record when its own end comes.
struct XMLTreeBuilder {
    /// Elements skipped with their content.
    let dropping: Set<String>
    /// Depth inside a skipped element.
    private var skipped = 0
    private var stack: [XMLElement] = []
    /// The innermost open element while it has only text: it becomes a leaf of `stack.last` when it closes, or an
    /// element of its own when a child opens in it. Only the innermost element can be one.
    private var leaf: (name: String, line: Int)?
    private var leafText = ""

    init(dropping: Set<String> = []) { self.dropping = dropping }

    var isBuilding: Bool { !stack.isEmpty }

    mutating func open(_ name: String, _ attributes: XMLAttributes, line: Int) {
        if skipped > 0 || (isBuilding && dropping.contains(name)) {
            skipped += 1
            return
        }
        // A text-only element has turned out to have children: it becomes an element of its own.
        if let l = leaf {
            let promoted = XMLElement(leaf: (l.name, leafText, l.line))
            stack.last?.children.append(promoted)
            stack.append(promoted)
            leaf = nil
            leafText = ""
        }
        if !stack.isEmpty && attributes.pairs.isEmpty {
            leaf = (name, line)
            return
        }
        let element = XMLElement(name: name, line: line)
        element.attributes = attributes
        stack.last?.children.append(element)
        stack.append(element)
    }

    mutating func text(_ text: String) {
        if skipped > 0 { return }
        if leaf != nil {
            if leafText.isEmpty { leafText = text } else { leafText += text }
        } else if let top = stack.last {
            if top.text.isEmpty { top.text = text } else { top.text += text }
        }
    }

    /// The finished record, when the element closing is the record itself.
    mutating func close() -> XMLElement? {
        if skipped > 0 {
            skipped -= 1
            return nil
        }
        if let l = leaf {
            stack.last?.leaves.append((l.name, leafText, l.line))
            leaf = nil
            leafText = ""
            return nil
        }
        let top = stack.popLast()
        return stack.isEmpty ? top : nil
    }
}
