import Foundation

/// Runs `produce` on a second thread and hands what it emits, in batches, to `consume` on the calling thread.
///
/// Why: an import is two jobs of about the same size, reading the file (CSV or XML parsing, trimming, dates, and for a
/// spreadsheet the rules' checks) and writing into SQLite, which must stay on the write transaction's own thread. This
/// machine kind has two cores; measured on the million-row files, overlapping the two cut the imports' time
/// by about a third (figures in Integration/bench/RESULTS.md). At most `depth` batches wait between the threads, so
/// memory stays flat whatever the file's size.
///
/// With `freeOnProducer`, consumed batches go back to the producer thread to be freed there: for the CSV import,
/// freeing a million rows' strings was a sixth of the writing thread's time. The XML import's reading thread is the
/// busier one (libxml2 alone takes as long as the whole of the writing), so it leaves the freeing to the consumer.
///
/// Errors: an error thrown by `produce` is rethrown here after the items before it were consumed; an error thrown
/// by `consume` stops the producer (its next `emit` returns false) and is rethrown once the producer has stopped.
func pipelined<Item>(batchSize: Int = 512, depth: Int = 8, freeOnProducer: Bool = true,
                     produce: @escaping (_ emit: (Item) -> Bool) throws -> Void,
                     consume: (Item) throws -> Void) throws {
    let handOff = HandOff<Item>(depth: depth)
    let work = Unchecked(produce)
    let thread = Thread {
        var batch: [Item] = []
        batch.reserveCapacity(batchSize)
        do {
            try work.value { item in
                batch.append(item)
                guard batch.count >= batchSize else { return true }
                defer { batch.removeAll(keepingCapacity: true) }
                return handOff.put(batch)
            }
            if !batch.isEmpty { _ = handOff.put(batch) }
            handOff.finish(nil)
        } catch {
            handOff.finish(error)
        }
    }
    thread.stackSize = 1 << 23
    thread.start()
    do {
        while let batch = try handOff.take() {
            for item in batch { try consume(item) }
            if freeOnProducer { handOff.recycle(batch) }
        }
    } catch {
        handOff.cancel()
        handOff.waitUntilFinished()
        throw error
    }
}

/// A value handed to the producer thread. `@unchecked Sendable` because only that thread uses it once started.
final class Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The bounded queue between the producer and the consumer. `@unchecked Sendable`: every field is read and written
/// under `condition`'s lock.
final class HandOff<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Item]] = []
    private var consumed: [[Item]] = []
    private var head = 0
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private let depth: Int

    init(depth: Int) { self.depth = depth }

    /// Queues a batch, waiting while `depth` batches wait; false when the consumer has stopped. Frees, on this
    /// thread, the batches the consumer has finished with.
    func put(_ batch: [Item]) -> Bool {
        var finishedWith: [[Item]] = []
        condition.lock()
        defer {
            condition.unlock()
            finishedWith.removeAll()
        }
        while batches.count - head >= depth && !cancelled { condition.wait() }
        if cancelled { return false }
        batches.append(batch)
        swap(&finishedWith, &consumed)
        condition.broadcast()
        return true
    }

    /// Hands a consumed batch back, to be freed by the producer.
    func recycle(_ batch: [Item]) {
        condition.lock()
        consumed.append(batch)
        condition.unlock()
    }

    /// The producer is done: with the error that stopped it, if any.
    func finish(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; nil when the producer finished and everything was taken.
    func take() throws -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.count == head && !finished { condition.wait() }
        if batches.count > head {
            let b = batches[head]
            batches[head] = []
            head += 1
            if head > 64 {
                batches.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return b
        }
        if let failure { throw failure }
        return nil
    }

    /// The consumer has stopped: the producer's next `put` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    func waitUntilFinished() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
