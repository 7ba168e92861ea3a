import LinimasaFuzzHarness

/// libFuzzer's entry for a program that has its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// What every fuzz executable shares: run one input through its harness and
/// stop (a finding) when the outcome breaks the readers' promises.
public enum FuzzDriver {
    /// Runs libFuzzer on `callback` with the program's arguments. SwiftPM
    /// links an executable's `main` to `<module>_main`; the targets define
    /// that symbol as a call to this.
    public static func main(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, callback)
    }

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
