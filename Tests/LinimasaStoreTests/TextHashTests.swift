import LinimasaModel
import LinimasaStore
import Testing

@Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
])
func sha256MatchesTheStandardVectors(input: String, digest: String) {
    #expect(TextHash.sha256Hex(Array(input.utf8)) == digest)
}

@Test func sha256OfAMillionAs() {
    let bytes = [UInt8](repeating: 0x61, count: 1_000_000)
    #expect(TextHash.sha256Hex(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test func fingerprintCoversTextAndPublicationDate() {
    let day = PublishedDate(date: CalendarDate(year: 2024, month: 10, day: 14)!)
    let base = StoreDocument.fingerprint(text: "Indonesia mengecam China.", published: day)
    #expect(base == StoreDocument.fingerprint(text: "Indonesia mengecam China.", published: day))
    #expect(base != StoreDocument.fingerprint(text: "Indonesia mengecam China!", published: day))
    #expect(base != StoreDocument.fingerprint(text: "Indonesia mengecam China.", published: nil))
}
