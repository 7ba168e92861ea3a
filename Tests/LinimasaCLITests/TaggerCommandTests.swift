import Foundation
import LinimasaTestSupport
import Testing

/// `eval-pos`, `eval-ner` and `train` on small files written here: the
/// printed shapes, training a name model with --train, and clear errors.
@Suite struct TaggerCommandTests {
    static let conllu = """
    # text = Warga membeli beras di pasar.
    1\tWarga\twarga\tNOUN\t_\t_\t2\tnsubj\t_\t_
    2\tmembeli\tbeli\tVERB\t_\t_\t0\troot\t_\t_
    3\tberas\tberas\tNOUN\t_\t_\t2\tobj\t_\t_
    4\tdi\tdi\tADP\t_\t_\t5\tcase\t_\t_
    5\tpasar\tpasar\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No
    6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

    """

    static let bio = """
    Bupati O
    Sleman B-LOC
    menemui O
    Hendra B-PER
    Kusuma I-PER
    di O
    kantor O
    PT B-ORG
    Sinar I-ORG
    Abadi I-ORG
    . O

    """

    @Test func evalPOSPrintsAccuracyAndJSON() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("id_gsd-mini.conllu", TaggerCommandTests.conllu)
        let text = try CLIRunner.run(["eval-pos", file])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("6 tokens, UPOS accuracy"))
        #expect(text.stdout.contains("UDPipe 2: 0.948"))
        let json = try jsonObjects(try CLIRunner.run(["eval-pos", file, "--json"]).stdoutLines)
        #expect(json.count == 1)
        #expect(json[0]["file"] as? String == file)
        #expect(json[0]["tokens"] as? Int == 6)
        let accuracy = try #require(json[0]["accuracy"] as? Double)
        #expect(accuracy >= 0.8)
        let bad = try dir.write("bad.conllu", "1\tWarga\twarga\tNOMEN\t_\n")
        let r = try CLIRunner.run(["eval-pos", bad])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.conllu:1"))
    }

    @Test func evalNERScoresTheTaggerAndTrainsWithTrain() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("mini.txt", TaggerCommandTests.bio)
        let shipped = try jsonObjects(try CLIRunner.run(["eval-ner", file, "--json"]).stdoutLines)
        #expect(shipped.count == 1)
        let exact = try #require(shipped[0]["exact"] as? [String: Any])
        let micro = try #require(exact["micro"] as? [String: Any])
        #expect(micro["gold"] as? Int == 3)
        #expect(shipped[0]["relaxed"] != nil)
        // A model trained on the test sentence itself finds all three names.
        let trained = try jsonObjects(try CLIRunner.run(["eval-ner", file, "--train", file, "--epochs", "5", "--json"]).stdoutLines)
        let trainedMicro = try #require((trained[0]["exact"] as? [String: Any])?["micro"] as? [String: Any])
        #expect(trainedMicro["f1"] as? Double == 1.0)
        let own = try CLIRunner.run(["eval-ner", file, "--own-split"])
        #expect(own.status != 0)
        #expect(own.stderr.contains("test"))
    }

    @Test func trainNamesTheMissingSharedFolder() throws {
        let dir = try TemporaryDirectory()
        let r = try CLIRunner.run(["train", "pos", "--shared", dir.path + "/nowhere", "-o", dir.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("nowhere"))
    }
}
