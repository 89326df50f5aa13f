import Foundation
import NolanDomain
import NolanRegister

/// The register as XML, written through libxml2's streaming writer, in the versioned namespace `urn:nolan:register:1`.
enum XMLFeed {
    static let namespace = "urn:nolan:register:1"

    /// Opens the document: the `registers` root with its attributes.
    static func begin(_ w: XMLStreamWriter, asAt: Day, generated: String, publisher: String) throws {
        try w.start("registers", namespace: namespace)
        try w.attribute("version", "1")
        try w.attribute("asAt", asAt.iso)
        try w.attribute("generated", generated)
        try w.attribute("licence", OpenDataExporter.licence)
        try w.attribute("publisher", publisher)
    }

    /// Closes the root and the document.
    static func end(_ w: XMLStreamWriter) throws {
        try w.end()
        try w.finish()
    }

    /// Opens one council's `council` element; its members follow one by one, then `councilEnd`.
    static func councilStart(_ w: XMLStreamWriter, _ s: Snapshot) throws {
        let c = s.header
        try w.start("council")
        try w.attribute("slug", c.slug)
        try w.attribute("name", c.name)
        try w.attribute("kind", c.kind.rawValue)
        if let p = c.parent { try w.attribute("parent", p) }
        try w.attribute("codeOfConduct", c.codeOfConduct)
        try w.attribute("codeOfConductTitle", c.codeOfConductTitle)
    }

    /// Writes one member's `member` element.
    static func member(_ w: XMLStreamWriter, _ m: RegisterView.MemberEntry) throws {
        try w.start("member")
        try w.attribute("id", String(m.id))
        try w.attribute("name", m.name)
        try w.attribute("role", m.role.rawValue)
        if let x = m.ward { try w.attribute("ward", x) }
        if let x = m.party { try w.attribute("party", x) }
        try w.attribute("termStarted", m.termStartedOn.iso)
        for e in m.interests {
            try w.start("interest")
            try w.attribute("id", String(e.id))
            try w.attribute("withheld", e.withheld ? "true" : "false")
            if let t = e.table { try w.attribute("table", String(t)) }
            if let x = e.category { try w.attribute("category", x) }
            if let x = e.categoryLabel { try w.attribute("label", x) }
            if !e.withheld { try w.attribute("nilReturn", e.nilReturn == true ? "true" : "false") }
            try w.element("note", e.withheldNote)
            try w.element("description", e.description)
            try w.element("body", e.body)
            try w.element("companyNumber", e.companyNumber)
            try w.element("address", e.address)
            try w.element("postcode", e.postcode)
            try w.element("uprn", e.uprn)
            try w.element("registered", e.registeredOn?.iso)
            try w.element("published", e.publishedOn?.iso)
            try w.element("ended", e.endedOn?.iso)
            try w.end()
        }
        for g in m.gifts {
            try w.start("gift")
            try w.attribute("id", String(g.id))
            try w.attribute("outcome", g.outcome.rawValue)
            try w.attribute("registrable", g.registrable ? "true" : "false")
            try w.element("donor", g.donor)
            try w.element("description", g.description)
            try w.element("value", g.value)
            try w.element("received", g.receivedOn.iso)
            try w.element("registered", g.registeredOn.iso)
            try w.end()
        }
        try w.end()
    }

    /// Writes the council's dispensations and meetings and closes its element.
    static func councilEnd(_ w: XMLStreamWriter, _ s: Snapshot) throws {
        for d in s.dispensations {
            try w.start("dispensation")
            try w.attribute("id", String(d.id))
            try w.attribute("member", String(d.memberId))
            try w.attribute("memberName", d.memberName)
            if let i = d.interestId { try w.attribute("interest", String(i)) }
            try w.element("matter", d.matter)
            try w.element("grounds", d.grounds.map(\.rawValue).joined(separator: " "))
            try w.element("granted", d.grantedOn.iso)
            try w.element("expires", d.expiresOn.iso)
            try w.element("permits", d.permits.map(\.rawValue).joined(separator: " "))
            try w.end()
        }
        for mt in s.meetings {
            try w.start("meeting")
            try w.attribute("id", String(mt.id))
            try w.attribute("date", mt.meetsOn.iso)
            try w.attribute("committee", mt.committee)
            for name in mt.attending { try w.element("attending", name) }
            for item in mt.items {
                try w.start("item")
                try w.attribute("number", item.number)
                try w.attribute("title", item.title)
                try w.attribute("publicMaySpeak", item.publicMaySpeak ? "true" : "false")
                try w.attribute("restricted", item.restricted ? "true" : "false")
                for d in item.declarations {
                    try w.start("declaration")
                    try w.attribute("member", String(d.memberId))
                    try w.attribute("memberName", d.memberName)
                    try w.attribute("kind", d.kind.rawValue)
                    if let i = d.interestId { try w.attribute("interest", String(i)) }
                    try w.attribute("sensitive", d.sensitive ? "true" : "false")
                    try w.attribute("action", d.action.rawValue)
                    try w.element("nature", d.nature)
                    try w.end()
                }
                try w.end()
            }
            try w.end()
        }
        try w.end()
    }

    /// The schema every exported XML file validates against; the same text as Modules/NolanOpenData/Schema/register-1.xsd
    /// (a test keeps the two identical), written beside each export.
    static let schema = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Nolan open-data register, version 1. Namespace urn:nolan:register:1.
     A withheld (sensitive) interest carries only its id, withheld="true" and a note: no detail element. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:nolan:register:1"
           targetNamespace="urn:nolan:register:1" elementFormDefault="qualified">
  <xs:element name="registers">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="council" type="Council" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="version" type="xs:string" use="required" fixed="1"/>
      <xs:attribute name="asAt" type="xs:date" use="required"/>
      <xs:attribute name="generated" type="xs:dateTime" use="required"/>
      <xs:attribute name="licence" type="xs:anyURI" use="required"/>
      <xs:attribute name="publisher" type="xs:string" use="required"/>
    </xs:complexType>
  </xs:element>
  <xs:simpleType name="Table"><xs:restriction base="xs:integer"><xs:enumeration value="1"/><xs:enumeration value="2"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Money"><xs:restriction base="xs:decimal"><xs:fractionDigits value="2"/><xs:minInclusive value="0"/></xs:restriction></xs:simpleType>
  <xs:complexType name="Council">
    <xs:sequence>
      <xs:element name="member" type="Member" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="dispensation" type="Dispensation" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="meeting" type="Meeting" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="slug" type="xs:string" use="required"/>
    <xs:attribute name="name" type="xs:string" use="required"/>
    <xs:attribute name="kind" type="xs:string" use="required"/>
    <xs:attribute name="parent" type="xs:string"/>
    <xs:attribute name="codeOfConduct" type="xs:string" use="required"/>
    <xs:attribute name="codeOfConductTitle" type="xs:string" use="required"/>
  </xs:complexType>
  <xs:complexType name="Member">
    <xs:sequence>
      <xs:element name="interest" type="Interest" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="gift" type="Gift" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:integer" use="required"/>
    <xs:attribute name="name" type="xs:string" use="required"/>
    <xs:attribute name="role" type="xs:string" use="required"/>
    <xs:attribute name="ward" type="xs:string"/>
    <xs:attribute name="party" type="xs:string"/>
    <xs:attribute name="termStarted" type="xs:date" use="required"/>
  </xs:complexType>
  <xs:complexType name="Interest">
    <xs:sequence>
      <xs:element name="note" type="xs:string" minOccurs="0"/>
      <xs:element name="description" type="xs:string" minOccurs="0"/>
      <xs:element name="body" type="xs:string" minOccurs="0"/>
      <xs:element name="companyNumber" type="xs:string" minOccurs="0"/>
      <xs:element name="address" type="xs:string" minOccurs="0"/>
      <xs:element name="postcode" type="xs:string" minOccurs="0"/>
      <xs:element name="uprn" type="xs:string" minOccurs="0"/>
      <xs:element name="registered" type="xs:date" minOccurs="0"/>
      <xs:element name="published" type="xs:date" minOccurs="0"/>
      <xs:element name="ended" type="xs:date" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:integer" use="required"/>
    <xs:attribute name="withheld" type="xs:boolean" use="required"/>
    <xs:attribute name="table" type="Table"/>
    <xs:attribute name="category" type="xs:string"/>
    <xs:attribute name="label" type="xs:string"/>
    <xs:attribute name="nilReturn" type="xs:boolean"/>
  </xs:complexType>
  <xs:complexType name="Gift">
    <xs:sequence>
      <xs:element name="donor" type="xs:string"/>
      <xs:element name="description" type="xs:string"/>
      <xs:element name="value" type="Money"/>
      <xs:element name="received" type="xs:date"/>
      <xs:element name="registered" type="xs:date"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:integer" use="required"/>
    <xs:attribute name="outcome" use="required">
      <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="accepted"/><xs:enumeration value="declined"/></xs:restriction></xs:simpleType>
    </xs:attribute>
    <xs:attribute name="registrable" type="xs:boolean" use="required"/>
  </xs:complexType>
  <xs:complexType name="Dispensation">
    <xs:sequence>
      <xs:element name="matter" type="xs:string" minOccurs="0"/>
      <xs:element name="grounds" type="xs:string"/>
      <xs:element name="granted" type="xs:date"/>
      <xs:element name="expires" type="xs:date"/>
      <xs:element name="permits" type="xs:string"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:integer" use="required"/>
    <xs:attribute name="member" type="xs:integer" use="required"/>
    <xs:attribute name="memberName" type="xs:string" use="required"/>
    <xs:attribute name="interest" type="xs:integer"/>
  </xs:complexType>
  <xs:complexType name="Meeting">
    <xs:sequence>
      <xs:element name="attending" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="item" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="declaration" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType>
                <xs:sequence><xs:element name="nature" type="xs:string" minOccurs="0"/></xs:sequence>
                <xs:attribute name="member" type="xs:integer" use="required"/>
                <xs:attribute name="memberName" type="xs:string" use="required"/>
                <xs:attribute name="kind" type="xs:string" use="required"/>
                <xs:attribute name="interest" type="xs:integer"/>
                <xs:attribute name="sensitive" type="xs:boolean" use="required"/>
                <xs:attribute name="action" type="xs:string" use="required"/>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
          <xs:attribute name="number" type="xs:string" use="required"/>
          <xs:attribute name="title" type="xs:string" use="required"/>
          <xs:attribute name="publicMaySpeak" type="xs:boolean"/>
          <xs:attribute name="restricted" type="xs:boolean"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="id" type="xs:integer" use="required"/>
    <xs:attribute name="date" type="xs:date" use="required"/>
    <xs:attribute name="committee" type="xs:string" use="required"/>
  </xs:complexType>
</xs:schema>
"""#
}
