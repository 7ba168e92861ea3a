#if canImport(Glibc)
import Glibc
#endif
import LinimasaFuzzDriver
import LinimasaFuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzDriver.one(.text, data, size)
}

exit(FuzzDriver.main(fuzzOne))
