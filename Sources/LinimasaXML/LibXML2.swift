internal import CLibXML2

/// Facts about the libxml2 that Linimasa was linked against.
public enum LibXML2 {
    /// The runtime version as libxml2 reports it, e.g. 20914 for 2.9.14.
    public static var runtimeVersion: Int {
        guard let p = __xmlParserVersion(), let v = p.pointee else { return 0 }
        return Int(String(cString: v)) ?? 0
    }
}
