import Foundation
import Testing
import LinimasaTestSupport

/// Python with the jsonschema package, as on the CI machine.
let pythonHasJSONSchema: Bool = {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import jsonschema"]
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
}()

/// Validates every line of a JSON Lines file against a schema in Schemas/,
/// with the reference Python validator; returns its complaints.
func validateJSONLines(_ file: String, schema: String) throws -> String {
    let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    bad = 0
    for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
        for e in v.iter_errors(json.loads(line)):
            bad += 1
            print(f"line {n}: {e.json_path}: {e.message}")
    sys.exit(1 if bad else 0)
    """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, SharedData.repositoryRoot.appendingPathComponent("Schemas/" + schema).path, file]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return p.terminationStatus == 0 ? "" : String(decoding: data, as: UTF8.self)
}

@Test(.enabled(if: pythonHasJSONSchema, "needs python3 with jsonschema"))
func readOutputMatchesTheDocumentSchema() throws {
    let dir = try TemporaryDirectory()
    let jsonl = try dir.write("k.jsonl", """
    {"id": "a", "text": "JAKARTA - Isi. Kalimat dua.\\nBaca juga: Tautan lain", "published": "2022-10-13T08:00:00+07:00", "extra": {"x": [1, null]}}
    {"id": "b", "text": "Tanpa tanggal.", "published": "entah kapan"}
    """)
    let txt = try dir.write("t.txt", "Judul\n\nSenin (3/1) lalu, isi berita.")
    let out = dir.path + "/out.jsonl"
    let r = try CLIRunner.run(["read", jsonl, txt, "-o", out, "--today", "2022-01-10"])
    #expect(r.status == 0, "\(r.stderr)")
    let complaints = try validateJSONLines(out, schema: "document.schema.json")
    #expect(complaints.isEmpty, "\(complaints)")
}

@Test(.enabled(if: pythonHasJSONSchema, "needs python3 with jsonschema"))
func schemaRejectsWhatItShould() throws {
    // The validator really checks: a line with a bad dct_source fails.
    let dir = try TemporaryDirectory()
    let bad = try dir.write("bad.jsonl", #"{"id": "x", "title": null, "url": null, "outlet": null, "published": null, "dct": null, "dct_source": "guess", "language": null, "source": {"path": "x"}, "dateline": null, "metadata": {}, "sentences": [], "dropped": []}"# + "\n")
    #expect(try validateJSONLines(bad, schema: "document.schema.json").contains("dct_source"))
}
