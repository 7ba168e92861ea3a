#if canImport(Glibc)
import Glibc
#endif
import LinimasaFuzzHarness

/// libFuzzer's entry for a program that keeps its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// What every fuzz executable shares: run one input through its harness and
/// stop (a finding) when the outcome breaks the readers' promises.
public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments; returns its exit status.
    public static func main(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
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
