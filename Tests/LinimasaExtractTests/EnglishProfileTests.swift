import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaLanguage
import LinimasaModel
import Testing

/// The English profile end to end: every sentence here was written for these
/// tests, and the extractor decides the language from the text.
@Suite struct EnglishProfileTests {
    /// An English article is read with the English profile.
    @Test func guessesEnglishAndCodesADatedAttack() throws {
        let x = extract("Russian forces attacked Ukraine on Monday, the Kremlin said in a statement.", published: "2024-06-05")
        #expect(x.document.language == "en")
        let attack = try #require(x.events.first { $0.cameo == "190" })
        #expect(x.country(attack.sourceID) == "RUS")
        #expect(attack.targetID == "UKR")
        #expect(attack.date?.start == CalendarDate(year: 2024, month: 6, day: 3))
        #expect(attack.modality == .asserted)
    }

    /// "was attacked by": the subject suffers and the agent after "by" acts.
    @Test func passiveReadsTheAgentAfterBy() throws {
        let x = extract("An Iranian oil platform was attacked by the United States last week, officials said.", published: "2024-06-05")
        let attack = try #require(x.events.first { $0.cameo == "190" })
        #expect(attack.sourceID == "USA")
        #expect(x.country(attack.targetID) == "IRN")
        #expect(attack.date?.start == CalendarDate(year: 2024, month: 5, day: 27))
        #expect(attack.date?.end == CalendarDate(year: 2024, month: 6, day: 2))
    }

    /// Titles before names, "met", and a month abbreviation that ends no sentence.
    @Test func titledPeopleMeetOnAnAbbreviatedDate() throws {
        let x = extract("U.S. Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Oct. 4, the Pentagon said.", published: "2024-10-06")
        #expect(x.document.sentences.count == 1)
        let meeting = try #require(x.events.first { $0.cameo == "040" })
        #expect(meeting.sourceID == "person:lloyd-austin")
        #expect(meeting.targetID == "person:dong-jun")
        #expect(meeting.date?.start == CalendarDate(year: 2024, month: 10, day: 4))
    }

    /// Negation and modality come from the English function words.
    @Test func negationAndPlansFromTheEnglishWords() throws {
        let denied = extract("China did not attack Taiwan, the ministry in Beijing said on Tuesday.", published: "2024-06-05")
        #expect(denied.events.first { $0.cameo.isWithin("19") }?.modality == .negated)
        let planned = extract("North Korea will attack South Korea if the drills continue, its army said.", published: "2024-06-05")
        let threat = try #require(planned.events.first { $0.cameo.isWithin("19") })
        #expect(threat.modality != .asserted)
    }

    /// "according to X": the speaker follows the cue; "he" is the person last named.
    @Test func speakersAfterTheCueAndPronouns() throws {
        let x = extract("""
            Iran rejected the proposal, according to Foreign Minister Abbas Araghchi. \
            He accused Israel of attacking Lebanon on Sunday.
            """, published: "2024-10-01")
        let accusation = try #require(x.events.first { $0.cameo == "112" })
        #expect(accusation.sourceID == "person:abbas-araghchi")
        #expect(accusation.targetID == "ISR")
    }

    /// "It" opening a sentence stands for the first state or body the
    /// sentence before named (its subject in news style), not the last one.
    @Test func itOpeningAClauseIsTheStateLastNamed() throws {
        let x = extract("""
            Vietnam protested to China about the new maps on Tuesday.             It accused Beijing of violating its waters in the sea.
            """, published: "2024-06-05")
        let accusation = try #require(x.events.first { $0.cameo == "112" })
        #expect(accusation.sourceID == "VNM")
        #expect(accusation.targetID == "CHN")
    }

    /// "the defence ministry in Moscow": an institution noun, a preposition
    /// and a capital make that state's body the speaker.
    @Test func institutionInACapitalIsThatStatesBody() throws {
        let x = extract("Kyiv denied the claims on Tuesday, the defence ministry in Moscow said.", published: "2024-06-05")
        let statement = try #require(x.events.first { $0.cameo == "010" })
        #expect(statement.sourceID == "RUS-GOV")
        #expect(x.country(statement.sourceID) == "RUS")
    }

    /// The lemmatiser strips regular endings only down to a known lemma.
    @Test func lemmatiserFindsTriggerLemmas() throws {
        let x = extract("Israel bombed the targets in the south, and the negotiations with the groups stalled as the troops withdrew from the town.", published: "2024-06-05")
        let roots = Dictionary(x.sentences[0].tokens.map { ($0.lower, $0.root) }, uniquingKeysWith: { a, _ in a })
        #expect(roots["bombed"] == "bomb")
        #expect(roots["negotiations"] == "negotiation")
        #expect(roots["withdrew"] == "withdraw")
        #expect(roots["targets"] == "targets")
    }

    /// An English and an Indonesian report of one event code the same actor
    /// ids, so the graph can merge them.
    @Test func actorIdsDoNotDependOnTheLanguage() throws {
        let en = extract("Russian forces attacked Ukraine on Monday, officials in Kyiv said.", published: "2024-06-05")
        let id = extract("Pasukan Rusia menyerang Ukraina pada Senin, kata pejabat di Kyiv.", published: "2024-06-05")
        #expect(en.document.language == "en")
        #expect(id.document.language == "id")
        let a = try #require(en.events.first { $0.cameo == "190" })
        let b = try #require(id.events.first { $0.cameo == "190" })
        #expect(a.sourceID == b.sourceID)
        #expect(a.targetID == b.targetID)
        #expect(a.date == b.date)
    }

    /// An extractor needs at least one profile; the English one puts modifiers first.
    @Test func extractorNeedsAProfile() throws {
        #expect(throws: (any Error).self) {
            _ = try Extractor(profiles: [])
        }
        let profile = try LanguageProfile.english()
        #expect(profile.code == "en")
        #expect(profile.modifiersPrecede)
    }
}
