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

/// An element or attribute name as the document's reader holds it. libxml2 keeps one copy of each distinct name in a
/// dictionary, so two names are the same when their pointers are: a feed of ten million elements has a few dozen
/// names, and sorting its elements by comparing pointers (`XMLPullReader.name(_:)`) instead of strings was most of
/// what the streamed register import saved over reading every name into a `String`.
public struct XMLName: Equatable {
    let pointer: UnsafePointer<xmlChar>?
}

/// Reads XML safely: no network (XML_PARSE_NONET), no external entities or DTD loading (XML_PARSE_NOENT and
/// XML_PARSE_DTDLOAD are never set), no huge-document mode, and any document type declaration refused outright,
/// which stops entity-expansion attacks ("billion laughs") before any entity is expanded. libxml2's own error
/// printing is off (XML_PARSE_NOERROR | XML_PARSE_NOWARNING); its errors are collected with their line numbers.
///
/// A pull reader over libxml2's streaming xmlTextReader: `next()` moves to the next element start, text or element
/// end, and the current node's name, attributes, text and line are read from where libxml2 holds them, as the
/// caller asks for them. Nothing is kept once the reader moves on, so memory stays flat for a feed of any length.
public final class XMLPullReader {
    public enum Event {
        /// An element starts (an empty element's end follows at once).
        case start(XMLName)
        /// Text, read through `text`.
        case text
        /// An element ends.
        case end
    }

    public let path: String
    private let reader: xmlTextReaderPtr
    private let sink = ErrorSink()
    /// The element just started is empty: its end is the next event.
    private var pendingEnd = false
    private var sawRoot = false
    /// Names made into strings, by pointer (a feed has a few dozen).
    private var strings: [(name: XMLName, string: String)] = []

    final class ErrorSink {
        var messages: [String] = []
    }

    public init(path: String) throws {
        self.path = path
        // XML_PARSE_NOBLANKS drops the white space between elements (indentation), which no record reads: it was a
        // node, and a string, for every line of a feed. XML_PARSE_COMPACT stores short text inside its node (xmllint's
        // default too; safe because the reader never modifies the tree). XML_PARSE_BIG_LINES keeps line numbers right
        // past line 65,535, for error messages in large feeds.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else { throw OpenDataError("\(path): cannot be read") }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, { ctx, error in
            guard let ctx, let error else { return }
            let sink = Unmanaged<ErrorSink>.fromOpaque(ctx).takeUnretainedValue()
            var message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "XML error"
            // libxml2 follows an encoding error with the offending bytes in hex ("Bytes: 0xA3 0x20 …"): they are the
            // file's content, perhaps a part of a home address that the import skips, so they are not repeated.
            if let bytes = message.range(of: "Bytes:") {
                message = message[..<bytes.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            sink.messages.append("line \(error.pointee.line): \(message)")
        }, Unmanaged.passUnretained(sink).toOpaque())
    }

    deinit { xmlFreeTextReader(reader) }

    /// The next event; nil at the end of a well-formed document.
    public func next() throws -> Event? {
        if pendingEnd {
            pendingEnd = false
            return .end
        }
        while true {
            let rc = xmlTextReaderRead(reader)
            if rc == 0 {
                if !sink.messages.isEmpty { throw failure() }
                if !sawRoot { throw OpenDataError("\(path): no XML element found") }
                return nil
            }
            if rc < 0 { throw failure() }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw OpenDataError("\(path):\(Int(xmlTextReaderGetParserLineNumber(reader))): a document type declaration (<!DOCTYPE>) is not accepted: Nolan reads no DTDs and expands no entities")
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                sawRoot = true
                pendingEnd = xmlTextReaderIsEmptyElement(reader) == 1
                return .start(XMLName(pointer: xmlTextReaderConstLocalName(reader)))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end
            default:
                continue
            }
        }
    }

    private func failure() -> OpenDataError {
        OpenDataError("\(path): not well-formed XML: \(sink.messages.first ?? "unknown error")")
    }

    /// The name as the document's elements and attributes carry it, to compare with theirs.
    public func name(_ string: String) -> XMLName { XMLName(pointer: xmlTextReaderConstString(reader, string)) }

    /// A name read as a string.
    public func string(_ name: XMLName) -> String {
        if let known = strings.first(where: { $0.name == name }) { return known.string }
        let s = name.pointer.map { String(cString: $0) } ?? ""
        strings.append((name, s))
        return s
    }

    /// The line the current node is on.
    public var line: Int {
        xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// The value of the node the reader is on: the current text after `.text`, or an attribute's value within
    /// `forEachAttribute`.
    public var text: String { xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "" }

    /// Calls `body` with the name of each attribute of the element just started and a way to read its value, which
    /// is valid only during the call: a caller reads into strings only the values it keeps. Namespace declarations
    /// (`xmlns:p="…"`) are not attributes of the record and are left out; their names are not in libxml2's dictionary
    /// but in memory freed as the reader moves on, so an `XMLName` of one could later stand for another name.
    public func forEachAttribute(_ body: (XMLName, () -> String) throws -> Void) rethrows {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        defer { xmlTextReaderMoveToElement(reader) }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            try body(XMLName(pointer: xmlTextReaderConstLocalName(reader))) { self.text }
        }
    }

    /// The attributes of the element just started, in document order.
    public var attributes: XMLAttributes {
        var a = XMLAttributes()
        forEachAttribute { name, value in a.pairs.append((string(name), value())) }
        return a
    }

    /// Reads up to the root element's start: its name and line.
    public func root() throws -> (name: String, line: Int) {
        while let e = try next() {
            if case let .start(n) = e { return (string(n), line) }
        }
        throw OpenDataError("\(path): no XML element found")
    }

    /// Skips the rest of the element just started, everything in it unread.
    public func skipElement() throws { _ = try finishElement(keepingText: false) }

    /// The text of the element just started, up to its end, leaving out any element inside it and that element's text.
    public func elementText() throws -> String { try finishElement(keepingText: true) }

    /// Reads to the end of the element just started; with `keepingText`, returns its own text (none of it is made
    /// into a string otherwise: a skipped element's content never reaches memory).
    private func finishElement(keepingText: Bool) throws -> String {
        var s = ""
        var depth = 1
        while depth > 0, let e = try next() {
            switch e {
            case .start: depth += 1
            case .end: depth -= 1
            case .text where keepingText && depth == 1: if s.isEmpty { s = text } else { s += text }
            case .text: break
            }
        }
        return s
    }

    /// The element just started, and everything in it, as a tree. Elements named in `dropping` are skipped with
    /// everything in them as they are read: their text never reaches memory (a councillor's home address).
    public func element(named name: XMLName, dropping: [XMLName] = []) throws -> XMLElement {
        var tree = XMLTreeBuilder()
        tree.open(string(name), attributes, line: line)
        while let e = try next() {
            switch e {
            case let .start(n):
                if dropping.contains(n) { try skipElement() } else { tree.open(string(n), attributes, line: line) }
            case .text:
                tree.text(text)
            case .end:
                if let done = tree.close() { return done }
            }
        }
        throw OpenDataError("\(path): the document ends inside <\(string(name))>")
    }
}

/// Reads the records of a small XML document (a Modern.Gov response) as element trees, through `XMLPullReader`.
public struct XMLRecordReader {
    public let path: String

    public init(path: String) { self.path = path }

    /// Calls `root` with the root element's name and line, then `body` with each element named `record` (at any depth,
    /// the root included). Elements named in `dropping` are skipped with everything in them as they are read.
    public func read(record: String, dropping: [String] = [], root: (String, Int) throws -> Void,
                     _ body: (XMLElement) throws -> Void) throws {
        let xml = try XMLPullReader(path: path)
        let first = try xml.root()
        try root(first.name, first.line)
        let wanted = xml.name(record)
        let dropped = dropping.map(xml.name)
        if first.name == record { try body(try xml.element(named: wanted, dropping: dropped)) }
        while let e = try xml.next() {
            if case let .start(n) = e, n == wanted { try body(try xml.element(named: n, dropping: dropped)) }
        }
    }
}

/// Builds one record's element tree from a reader's events: `open` the record and everything in it, `text`, and
/// `close`, which returns the record when its own end comes.
struct XMLTreeBuilder {
    private var stack: [XMLElement] = []
    /// The innermost open element while it has only text: it becomes a leaf of `stack.last` when it closes, or an
    /// element of its own when a child opens in it. Only the innermost element can be one.
    private var leaf: (name: String, line: Int)?
    private var leafText = ""

    mutating func open(_ name: String, _ attributes: XMLAttributes, line: Int) {
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
        if leaf != nil {
            if leafText.isEmpty { leafText = text } else { leafText += text }
        } else if let top = stack.last {
            if top.text.isEmpty { top.text = text } else { top.text += text }
        }
    }

    /// The finished record, when the element closing is the record itself.
    mutating func close() -> XMLElement? {
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
