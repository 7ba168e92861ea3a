import Foundation
import LinimasaExtract
import LinimasaModel
import Testing

/// Roles in English sentences written for these tests: where a place is
/// not who, and who acts when a state modifies the doer's noun.
@Suite struct EnglishRoleTests {
    /// "about 80 miles north of Qatar", "off the coast of Oman", "near
    /// Basra": the country is where the act happened, not its target.
    @Test func aPlaceBesideALandmarkIsNoTarget() throws {
        for sentence in [
            "Two Iraqi jets attacked a tanker about 80 miles north of Qatar on Sunday, and the crew said that the damage was small.",
            "Iraqi jets attacked a tanker off the coast of Oman on Sunday, and the crew said that the damage was small.",
            "Iraqi jets attacked a tanker near Kuwait on Sunday, and the crew said that the damage was small.",
        ] {
            let x = extract(sentence, published: "2024-06-05")
            let attack = try #require(x.events.first { $0.cameo.isWithin("19") }, "\(sentence)")
            #expect(attack.targetID == nil, "\(sentence)")
        }
        // Without a proximity word the country after the verb is still the target.
        let x = extract("Iraqi jets attacked Kuwait on Sunday, and the ministry said that the damage was small.", published: "2024-06-05")
        let attack = try #require(x.events.first { $0.cameo.isWithin("19") })
        #expect(attack.targetID == "KWT")
    }

    /// "talks in Geneva, Switzerland": after a locative a state is where
    /// talks are held; the partner after "with" stays the target.
    @Test func aStateAfterInIsWhereTalksAreHeld() throws {
        let x = extract("Canada held talks in Geneva, Switzerland with Mexico on Monday, and the two sides said that they were useful.", published: "2024-06-05")
        let talks = try #require(x.events.first { $0.cameo.isWithin("04") })
        #expect(talks.sourceID == "CAN")
        #expect(talks.targetID == "MEX")
    }

    /// "Egyptian destroyers fired on …": a state or demonym modifying the
    /// head noun of an active subject is the doer.
    @Test func aStateModifyingTheSubjectsNounActs() throws {
        let x = extract("On Sunday, Brazilian gunmen attacked Paraguay, the ministry said.", published: "2024-06-05")
        let attack = try #require(x.events.first { $0.cameo.isWithin("19") })
        #expect(attack.sourceID == "BRA")
        #expect(attack.targetID == "PRY")
        let y = extract("Four Egyptian frigates attacked the port on Sunday, and the crew said that the damage was small.", published: "2024-06-05")
        let shelling = try #require(y.events.first { $0.cameo.isWithin("19") })
        #expect(y.country(shelling.sourceID) == "EGY")
    }

    /// "The communique said …": what a speaker issued speaks for the
    /// speaker the article last quoted.
    @Test func aDocumentSpeaksForTheLastSpeaker() throws {
        let x = extract("""
            Chile said on Monday that the border with Peru would stay open for trade. \
            The communique said the guards at the crossing would be doubled.
            """, published: "2024-06-05")
        let statements = x.events.filter { $0.cameo.isWithin("01") }
        #expect(statements.count == 2)
        #expect(statements.allSatisfy { $0.sourceID == "CHL" })
        // After a quotation that names another state, and with modifiers before the noun.
        let y = extract("""
            Chile said on Monday that the border with Peru would stay open for trade. \
            "Peru has closed nothing," the communique said. \
            The second army communique issued in the evening said the guards would be doubled.
            """, published: "2024-06-05")
        let said = y.events.filter { $0.cameo.isWithin("01") }
        #expect(said.count >= 2)
        #expect(said.allSatisfy { $0.sourceID == "CHL" })
    }

    /// After "said", a capitalised word followed by a lowercase content
    /// word opens what was said; followed by a preposition it is the
    /// speaker. "Demand" next to "supply" is no demand of anyone's.
    @Test func aCapitalisedWordAfterSaidIsTheSpeakerOnlyWhenNoClauseFollows() throws {
        let x = extract("""
            The minister said on Monday that prices were stable, and he said Baltic shipping \
            would not suffer because supply and demand were equal.
            """, published: "2024-06-05")
        #expect(!x.actors.contains { $0.id.hasPrefix("person:baltic") })
        #expect(!x.events.contains { $0.cameo.isWithin("10") })
        let y = extract("Peru demanded the release of the fishermen on Monday, said Garcia in a speech to the parliament.",
                        published: "2024-06-05")
        #expect(y.events.contains { $0.cameo == "010" && $0.sourceID == "person:garcia" })
        #expect(y.events.contains { $0.cameo.isWithin("10") && $0.sourceID == "PER" })
    }

    /// "the raid was a reply to a raid last Friday": the time expression
    /// dates the event noun next to it, not one another event noun stands
    /// before.
    @Test func aTimeExpressionDatesTheEventNounOnItsSide() throws {
        let x = extract("""
            The Chilean government said the raid was a reply to an Argentine raid on a fishing port last Friday, \
            and the navy said that it would stay on alert.
            """, published: "2024-06-05")
        let raids = x.events.filter { $0.cameo.isWithin("19") || $0.cameo.isWithin("18") }
        #expect(raids.count == 2)
        let friday = CalendarDate(year: 2024, month: 5, day: 31)
        #expect(raids.filter { $0.date?.start == friday }.count == 1)
        #expect(raids.first?.date?.start != friday)
    }

    /// "the troops which attacked the post": a relative pronoun after a
    /// noun leaves that noun the subject of the verb after it.
    @Test func aNounBeforeWhichIsTheSubjectOfItsVerb() throws {
        let x = extract("""
            The ministry said on Tuesday that the Peruvian soldiers which attacked the Chilean border post \
            had been pushed back before dawn.
            """, published: "2024-06-05")
        let attack = try #require(x.events.first { $0.cameo.isWithin("19") })
        #expect(x.country(attack.sourceID) == "PER")
    }

    /// "Chile, which has long denied …, said": the speaker stands before a
    /// relative clause set off by commas.
    @Test func aSpeakerBeforeACommaRelativeClauseSpeaks() throws {
        let x = extract("""
            Chile, which has long denied any claim by Bolivia to the coast, said on Monday that \
            the border would stay open for trade.
            """, published: "2024-06-05")
        let said = try #require(x.events.first { $0.cameo == "010" })
        #expect(said.sourceID == "CHL")
    }
}
