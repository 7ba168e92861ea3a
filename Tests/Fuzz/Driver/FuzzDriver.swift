import LinimasaFuzzHarness

/// What every fuzz executable shares: run one input through its harness and
/// stop (a finding) when the outcome breaks the readers' promises.
public enum FuzzDriver {
    /// Called by libFuzzer (`LLVMFuzzerInitialize`) before the first input.
    public static func initialize(_ target: FuzzHarness) -> CInt {
        do {
            try target.prepare()
        } catch {
            fatalError("\(target): \(error)")
        }
        return 0
    }

    /// One input: any throw, trap or broken promise is a finding.
    public static func one(_ target: FuzzHarness, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        do {
            let outcome = try target.run(bytes)
            if let broken = outcome.brokenPromise { fatalError("\(target): \(broken)") }
        } catch {
            fatalError("\(target): \(error)")
        }
        return 0
    }
}
