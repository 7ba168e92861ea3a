/// The XML 1.0 character rule (production `Char`, section 2.2):
/// `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
///
/// A Swift `String` holds only Unicode scalars, so surrogates never occur;
/// what is left to remove is the C0 controls (except tab, newline and
/// carriage return, NUL included) and the two non-characters U+FFFE and
/// U+FFFF. DEL and the C1 controls are legal XML 1.0 and are kept.
enum XMLCharacters {
    /// Whether `string` has a character XML 1.0 forbids. A byte scan of the
    /// UTF-8: a forbidden control is one byte below 0x20, and U+FFFE/U+FFFF
    /// are `EF BF BE` / `EF BF BF`. Clean strings (nearly all) pay for this
    /// one pass only.
    static func needsCleaning(_ string: String) -> Bool {
        if let answer = string.utf8.withContiguousStorageIfAvailable(scan) { return answer }
        // Bridged (non-native) strings: scan a copy.
        return Array(string.utf8).withUnsafeBufferPointer(scan)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            let b = bytes[i]
            if b < 0x20 {
                if b != 0x09 && b != 0x0A && b != 0x0D { return true }
            } else if b == 0xEF, i + 2 < count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                return true
            }
            i += 1
        }
        return false
    }

    /// Whether one scalar may appear in an XML 1.0 document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `string` with the forbidden scalars removed.
    static func clean(_ string: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in string.unicodeScalars where isAllowed(scalar) { out.append(scalar) }
        return String(out)
    }
}
