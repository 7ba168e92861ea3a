import LinimasaFuzzDriver
import LinimasaFuzzHarness

// Built -parse-as-library: SwiftPM links `main` to `FuzzTemporal_main`, which hands
// over to libFuzzer; libFuzzer calls the two functions below.

@_cdecl("FuzzTemporal_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.main(argc, argv, fuzzOne)
}

@_cdecl("LLVMFuzzerInitialize")
func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    FuzzDriver.initialize(.temporal)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzDriver.one(.temporal, data, size)
}
