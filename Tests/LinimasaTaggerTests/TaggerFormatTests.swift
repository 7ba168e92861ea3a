import Foundation
import LinimasaModel
@testable import LinimasaTagger
import Testing

/// Readers, word tables, phrase matching, capitalisation counts and bad
/// model files.
@Suite struct TaggerFormatTests {
    @Test func readsCoNLLUWordsAndSkipsMultiWordTokens() throws {
        let text = """
        # text = Bukunya di meja.
        1-2\tBukunya\t_\t_\t_\t_\t_\t_\t_\t_
        1\tBuku\tbuku\tNOUN\t_\t_\t0\troot\t_\t_
        2\tnya\tia\tPRON\t_\t_\t1\tnmod\t_\t_
        3\tdi\tdi\tADP\t_\t_\t4\tcase\t_\t_
        4\tmeja\tmeja\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

        1\tYa\tya\tINTJ\t_\t_\t0\troot\t_\t_

        """
        let s = try TaggedCorpus.conllu(text, input: "mini.conllu")
        #expect(s.count == 2)
        #expect(s[0].words == ["Buku", "nya", "di", "meja", "."])
        #expect(s[0].tags == [.noun, .pron, .adp, .noun, .punct])
        #expect(s[1].tags == [.intj])
        #expect(throws: LanguageDataError.self) { try TaggedCorpus.conllu("1\tBuku\tbuku\tNOMEN\t_\n", input: "bad.conllu") }
        do {
            _ = try TaggedCorpus.conllu("# a\n1\tBuku\tbuku\tNOMEN\t_\n", input: "bad.conllu")
        } catch let error as LanguageDataError {
            #expect(error.path == "bad.conllu" && error.line == 2)
            #expect(error.code == .badRecord)
            #expect(error.description == "bad.conllu:2: unknown UPOS tag \"NOMEN\"")
        }
    }

    @Test func readsBIOWithEveryTagSet() {
        let text = "Gubernur O\nJawa B-PLACE\nTengah I-PLACE\nGanjar B-PERSON\nPranowo I-PERSON\n\n"
            + "PT B-IND\nKereta I-IND\nApi I-IND\nLebaran B-EVT\nke O\nmalang I-PLC\n\n"
            + "UGM ORGANIZATION\nYogyakarta S-LOC\n\n"
        let s = TaggedCorpus.bio(text)
        #expect(s.count == 3)
        #expect(s[0].names == [NameSpan(1..<3, .location), NameSpan(3..<5, .person)])
        #expect(s[1].names == [NameSpan(0..<3, .organisation), NameSpan(5..<6, .location)])
        #expect(s[2].names == [NameSpan(0..<1, .organisation), NameSpan(1..<2, .location)])
    }

    @Test func spansFromTagIndicesRepairBadSequences() {
        // O B-PER I-PER I-LOC O I-ORG B-ORG
        #expect(NameTagger.spans([0, 1, 2, 6, 0, 4, 3]) == [
            NameSpan(1..<3, .person), NameSpan(3..<4, .location), NameSpan(5..<6, .organisation), NameSpan(6..<7, .organisation),
        ])
        let s = NameSentence(words: ["a", "b", "c", "d"], names: [NameSpan(0..<2, .location), NameSpan(3..<4, .person)])
        #expect(NameTagger.spans(NameTagger.tagIndices(s)) == s.names)
    }

    @Test func phraseTableMarksBeginningsAndContinuations() {
        var table = PhraseTable()
        table.add(["Dewan", "Keamanan"], to: "organisation")
        table.add(["Dewan", "Keamanan", "PBB"], to: "organisation")
        table.add(["Jakarta"], to: "location")
        let words = ["rapat", "dewan", "keamanan", "PBB", "di", "JAKARTA"].map(WordKeys.init)
        let channel = table.channel(words)
        // Bits: organisation begins 1, continues 2; location begins 4.
        #expect(channel == [0, 1, 2, 2, 0, 4])
        #expect(table.classes == ["organisation", "location"])
    }

    @Test func countsCapitalisationAwayFromSentenceStarts() {
        var counter = CapitalisationCounter()
        counter.add(text: "Pasar buka pagi. Pasar ramai di Bogor, kata pedagang di Bogor.\nBogor hujan dan pasar sepi; warga Bogor pulang.")
        let table = counter.table(minimumCount: 2)
        // "Bogor": three times mid-sentence, always capitalised → the top sixth.
        #expect(table.value(of: "Bogor") == 6)
        #expect(table.value(of: "bogor") == 6)
        // "pasar": once mid-sentence only (the two capitalised ones start sentences).
        #expect(table.value(of: "pasar") == 0)
        // "di": twice, never capitalised.
        #expect(table.value(of: "di") == 1)
    }

    @Test func badModelFilesGiveErrorsNamingTheInput() throws {
        #expect(throws: LanguageDataError.self) { try POSTagger(data: Data("not a model".utf8), name: "junk.model") }
        do {
            _ = try POSTagger(data: Data("LNMTAG01".utf8) + Data([3, 0]), name: "short.model")
            Issue.record("a cut-short model loaded")
        } catch let error as LanguageDataError {
            #expect(error.code == .badModel)
            #expect(error.description.hasPrefix("short.model: "))
        }
        let pos = POSTagger.train(TaggerTrainingTests.training, corpus: CorpusTables(), options: TaggerTrainingTests.options)
        do {
            _ = try NameTagger(data: pos.serialized(), name: "pos.model")
            Issue.record("a part-of-speech model loaded as a name model")
        } catch let error as LanguageDataError {
            #expect(error.code == .wrongKind)
        }
        var bytes = pos.serialized()
        bytes.append(0)
        #expect(throws: LanguageDataError.self) { try POSTagger(data: bytes) }
        let missing = URL(fileURLWithPath: "/nonexistent/pos.model")
        do {
            _ = try POSTagger(contentsOf: missing)
        } catch let error as LanguageDataError {
            #expect(error.code == .unreadable)
            #expect(error.path == missing.path)
        }
    }
}
