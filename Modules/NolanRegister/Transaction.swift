import NolanDomain
import NolanStore

/// A store that is an open write transaction: every read and write goes to that transaction's writer.
///
/// `@unchecked Sendable` because the writer belongs to the transaction's thread; `RegisterService.transaction`
/// only hands this store to code that runs inside that transaction's closure, synchronously.
struct InTransactionStore: RegisterStore, @unchecked Sendable {
    let writer: any RegisterWriter

    func read<T>(_ body: (any RegisterReader) throws -> T) throws -> T { try body(writer) }
    func write<T>(actor: String, _ body: (any RegisterWriter) throws -> T) throws -> T { try body(writer) }
}

extension RegisterService {
    /// Runs `body` as one transaction: every operation of the service given to it commits together, or, if `body`
    /// throws, none does. Imports use it so that a file is applied whole or not at all.
    public func transaction<T>(_ body: (RegisterService) throws -> T) throws -> T {
        try store.write(actor: actor) { w in
            try body(RegisterService(store: InTransactionStore(writer: w), registry: registry, protocols: protocols,
                                     today: today, actor: actor))
        }
    }
}
