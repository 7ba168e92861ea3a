import Foundation

/// Runs a transform over a stream of inputs on several threads and hands the
/// outputs back in input order, on the calling thread.
///
/// The producer pushes inputs one at a time as a reader yields them; at
/// most `window` inputs are in flight (queued, being transformed, or done
/// but not yet delivered), so memory stays flat however long the stream
/// is: a submit blocks while the window is full, delivering finished
/// outputs meanwhile.
///
/// ```swift
/// try OrderedWorkers.run(jobs: 4, transform: { extractor.extract($0) }, deliver: { write($0) }) { submit in
///     try reader.run { doc in try submit(doc) }
/// }
/// ```
///
/// With `jobs == 1` no thread is started and each input is transformed and
/// delivered inside its submit, exactly as a plain loop would.
///
/// Threads and one condition variable rather than Swift concurrency: the
/// readers and writers around it are synchronous, and a blocking submit is
/// the back-pressure that bounds the window.
public final class OrderedWorkers<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    // @unchecked: the mutable fields below are touched only while
    // `condition` is locked.
    private let transform: @Sendable (Input) -> Output
    private let window: Int
    private let condition = NSCondition()
    private var pending: [Int: Input] = [:]
    private var done: [Int: Output] = [:]
    private var submitted = 0
    private var taken = 0
    private var delivered = 0
    private var closed = false
    private var running = 0

    /// Calls `produce` with a submit function; each submitted input is
    /// transformed on one of `jobs` threads and its output passed to
    /// `deliver` on this thread, in submission order. Every output is
    /// delivered before `run` returns; if `produce` or `deliver` throws,
    /// the threads are stopped and the error rethrown.
    public static func run(
        jobs: Int, window: Int? = nil,
        transform: @escaping @Sendable (Input) -> Output,
        deliver: (Output) throws -> Void,
        produce: ((Input) throws -> Void) throws -> Void
    ) throws {
        // `deliver` is called only before `run` returns.
        try withoutActuallyEscaping(deliver) { deliver in
            guard jobs > 1 else {
                try produce { try deliver(transform($0)) }
                return
            }
            let workers = OrderedWorkers(jobs: jobs, window: window ?? 4 * jobs, transform: transform)
            defer { workers.stop() }
            try produce { try workers.submit($0, deliver) }
            try workers.drain(waiting: true, deliver)
        }
    }

    /// Like `run(jobs:window:transform:deliver:produce:)`, and `produce`
    /// also gets a barrier that returns once every output submitted so far
    /// has been delivered: for work done in batches (a database transaction
    /// per batch) on threads that live across the batches.
    public static func run(
        jobs: Int, window: Int? = nil,
        transform: @escaping @Sendable (Input) -> Output,
        deliver: (Output) throws -> Void,
        produceInBatches produce: (_ submit: @escaping (Input) throws -> Void,
                                   _ waitForAll: @escaping () throws -> Void) throws -> Void
    ) throws {
        try withoutActuallyEscaping(deliver) { deliver in
            guard jobs > 1 else {
                try produce({ try deliver(transform($0)) }, {})
                return
            }
            let workers = OrderedWorkers(jobs: jobs, window: window ?? 4 * jobs, transform: transform)
            defer { workers.stop() }
            try produce({ try workers.submit($0, deliver) }, { try workers.drain(waiting: true, deliver) })
            try workers.drain(waiting: true, deliver)
        }
    }

    private init(jobs: Int, window: Int, transform: @escaping @Sendable (Input) -> Output) {
        self.transform = transform
        self.window = max(window, jobs)
        running = jobs
        for n in 0..<jobs {
            let thread = Thread { [self] in work() }
            thread.name = "linimasa-worker-\(n)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues `input` once the window has room, delivering finished outputs
    /// meanwhile.
    private func submit(_ input: Input, _ deliver: (Output) throws -> Void) throws {
        while true {
            try drain(waiting: false, deliver)
            condition.lock()
            if submitted - delivered < window {
                pending[submitted] = input
                submitted += 1
                condition.broadcast()
                condition.unlock()
                return
            }
            // Full: room comes only when the oldest input is done.
            while done[delivered] == nil { condition.wait() }
            condition.unlock()
        }
    }

    /// Hands over the outputs ready at the head of the order; with
    /// `waiting`, waits for every submitted one.
    private func drain(waiting: Bool, _ deliver: (Output) throws -> Void) throws {
        while true {
            condition.lock()
            if waiting { while delivered < submitted && done[delivered] == nil { condition.wait() } }
            guard let output = done.removeValue(forKey: delivered) else {
                condition.unlock()
                return
            }
            delivered += 1
            condition.unlock()
            try deliver(output)
        }
    }

    private func stop() {
        condition.lock()
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    /// A worker thread: takes the oldest queued input, transforms it
    /// outside the lock and files the output under its sequence number.
    private func work() {
        condition.lock()
        while true {
            while taken == submitted && !closed { condition.wait() }
            if closed { break }
            let seq = taken
            taken += 1
            let input = pending.removeValue(forKey: seq)!
            condition.unlock()
            let output = transform(input)
            condition.lock()
            done[seq] = output
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
