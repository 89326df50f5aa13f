/// An error in what a user asked for: the CLI prints `message` on stderr and exits 1, and nothing was written.
///
/// Messages name the thing that was wrong (file, line, field, id) and, where a rule of the Code was applied,
/// its paragraph. They never quote an interest's details, so a sensitive interest cannot leak through an error.
public struct UserError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    public static func notFound(_ what: String, _ key: String) -> UserError {
        UserError("no \(what) \(key)")
    }

    public static func invalid(_ field: String, _ reason: String) -> UserError {
        UserError("\(field): \(reason)")
    }
}
