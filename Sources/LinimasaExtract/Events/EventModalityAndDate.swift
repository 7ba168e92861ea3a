import LinimasaModel
import LinimasaText

extension EventExtractor {
    /// Asserted, planned, hypothetical or negated, from cues in the clause.
    func modality(_ h: TriggerHit, _ v: SentenceView, _ dct: CalendarDate?) -> (Modality, String) {
        let t = v.t
        let i = h.token
        let clause = clauseBounds(i, v)
        // "kata X" after a quotation is asserted whatever the quotation says.
        if h.isSaying, h.rule.cls == .speech, !h.shape.isVerb { return (.asserted, "asserted: a report of speech") }
        // An aside about a noun ("Trump, yang telah mendesak … tanpa syarat,
        // mengatakan") has its own cues.
        let asides = self.asides(v, outside: i)
        let before = Array(clause.lowerBound..<i).filter { k in !asides.contains { $0.contains(k) } }
        // The cues of a quotation are the quoted act's, not the saying's.
        let words = before.filter { t[$0].isWord && !(h.isSaying && t[$0].inQuote) }
        if before.contains(where: { functionWords.conditional.contains(t[$0].key) }) {
            return (.hypothetical, "hypothetical: conditional clause")
        }
        if let k = words.suffix(3).first(where: { functionWords.negation.contains(t[$0].key) }) {
            return (.negated, "negated: \(t[k].text)")
        }
        if let k = words.suffix(3).first(where: { functionWords.possibility.contains(t[$0].key) }) {
            return (.hypothetical, "hypothetical: \(t[k].text)")
        }
        // A saying's "akan" after it is the quoted act's ("berpendapat
        // 'tidak akan terjadi apa-apa'").
        if h.shape == .noun || h.shape == .bare, !h.isSaying {
            // An event noun as the subject of "akan"/"bisa": "serangan nuklir … akan menarik tanggapan".
            // The noun phrase may name both parties first: "pertemuan antara A dan Presiden B … akan".
            let after = (i + 1)..<min(clause.upperBound, i + 12)
            if let k = after.first(where: { functionWords.modalAuxiliaries.contains(t[$0].key) }),
               !after.contains(where: { $0 < k && v.isVerb($0) }) {
                return (.hypothetical, "hypothetical: \(t[i].text) … \(t[k].text)")
            }
        }
        if let k = words.suffix(5).first(where: { functionWords.future.contains(t[$0].key) }) {
            return (.planned, "planned: \(t[k].text)")
        }
        // The purpose of a planned act is planned too: "akan melanjutkan
        // kunjungannya ke Rusia untuk menemui Putin".
        if !h.isSaying, i > 0, functionWords.purposeMarkers.contains(t[i - 1].key),
           let k = words.last(where: { functionWords.future.contains(t[$0].key) }) {
            return (.planned, "planned: \(t[k].text) … \(t[i - 1].text)")
        }
        // A report of what was said is asserted; a date after publication
        // belongs to what the speaker announced.
        if !h.isSaying, let dct, let timex = timex(for: i, in: clause, v), let iv = timex.timex.interval, iv.start > dct {
            return (.planned, "planned: dated after publication (\(timex.timex.text))")
        }
        return (.asserted, "asserted")
    }

    /// The time expression that dates token `i`: a date of its clause
    /// (nearest first), else a date of its sentence; a duration only when it
    /// follows the trigger closely ("invasi hampir delapan bulan").
    /// An event noun's date is not one that another event noun stands
    /// between it and ("the attack was a response to an attack last
    /// Friday": Friday is the second attack's).
    func timex(for i: Int, in clause: Range<Int>, _ v: SentenceView, keepPeriodStart: Bool = true, nouns: [Int] = []) -> TimexRef? {
        func distance(_ x: TimexRef) -> Int { abs(x.tokens.lowerBound - i) }
        // A date after a future cue in a later clause or verb phrase dates
        // the act announced there, not this one: "telah mendesak …, dan
        // mengatakan akan bertemu … pada Senin" (but "pembicaraan …
        // dijadwalkan pada 10 Januari" dates the talks).
        func laterAct(_ x: TimexRef) -> Bool {
            guard x.tokens.lowerBound > i,
                  let cue = (i + 1..<x.tokens.lowerBound).first(where: { functionWords.future.contains(v.t[$0].key) }) else { return false }
            return (i + 1..<cue).contains { v.t[$0].text == "," || functionWords.coordinators.contains(v.t[$0].key) || v.isVerb($0) }
        }
        // A date after "sejak" past the trigger opens the period the act is
        // measured against ("the first talks since spring 2022 took place on
        // Friday", "the largest exchange since the war began in February
        // 2022"), not the act's own date; only a state such as a war is dated
        // by its start.
        // The since-phrase's date is the first one within four words of
        // "sejak" and any that run on from it ("musim semi tahun 2022").
        var periodDates = Set<Int>()
        if !keepPeriodStart {
            let ordered = v.s.timexes.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            for k in (i + 1)..<v.t.count where functionWords.since.contains(v.t[k].key) {
                var end = k + 1, first = true
                for x in ordered where x.tokens.lowerBound >= k {
                    let gap = x.tokens.lowerBound - end
                    guard first ? gap <= 4 && !(end..<x.tokens.lowerBound).contains { v.t[$0].text == "," } : gap <= 0 else { break }
                    periodDates.insert(x.tokens.lowerBound)
                    end = x.tokens.upperBound
                    first = false
                }
            }
        }
        func periodStart(_ x: TimexRef) -> Bool { periodDates.contains(x.tokens.lowerBound) }
        func another(_ x: TimexRef) -> Bool {
            nouns.contains { j in j != i && (i < j && j < x.tokens.lowerBound || x.tokens.upperBound <= j && j < i) }
        }
        // A date in an aside about a noun ("proyektil, yang terbaru … tahun
        // ini") dates what the aside tells, not this act.
        let asides = self.asides(v, outside: i)
        let dates = v.s.timexes.filter { x in
            (x.timex.type == .date || x.timex.type == .time) && x.timex.interval != nil && !laterAct(x) && !periodStart(x)
                && !(nouns.contains(i) && another(x)) && !asides.contains { $0.contains(x.tokens.lowerBound) }
        }
        let inClause = dates.filter { clause.contains($0.tokens.lowerBound) }
        if let best = inClause.min(by: { distance($0) < distance($1) }) { return best }
        // "invasi hampir delapan bulan": an act that has gone on that long;
        // not "berlangsung selama dua minggu", which says how long it lasts,
        // nor a duration past a comma, which opens the next clause ("X
        // menambahkan, dalam 40 tahun terakhir …").
        if let duration = v.s.timexes.first(where: {
            $0.timex.type == .duration && $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 3
                && !(i + 1..<$0.tokens.lowerBound).contains { v.t[$0].kind == .punctuation }
                && !(i + 1..<$0.tokens.lowerBound).contains { functionWords.durationOpeners.contains(v.t[$0].key) || functionWords.durationVerbs.contains(v.t[$0].key) }
                && !functionWords.durationOpeners.contains(v.t[$0.tokens.lowerBound].key)
        }) { return duration }
        return dates.min { distance($0) < distance($1) }
    }

    /// The event's interval: its time expression; else, for the day's news,
    /// the publication day or the day before; background and hypothetical
    /// acts without one stay undated.
    func date(_ h: TriggerHit, _ modality: Modality, _ v: SentenceView, _ dct: CalendarDate?, nouns: [Int] = [])
        -> (DayInterval?, DatePrecision?, Bool, String) {
        let t = v.t
        let i = h.token
        let clause = clauseBounds(i, v)
        if let sequenced = sequenceDate(i, v, dct) { return sequenced }
        if let x = timex(for: i, in: clause, v, keepPeriodStart: !h.shape.isVerb && !places(h), nouns: nouns),
           !(h.isSaying && saidLater(x, after: i, v, dct)),
           !h.shape.isVerb && !places(h) || !opensPeriod(x, v) {
            if x.timex.type != .duration, let iv = x.timex.interval, Self.plausible(iv) {
                return (iv, x.timex.precision, clause.contains(x.tokens.lowerBound), "date: \(x.timex.text) → \(x.timex.value)")
            }
            if x.timex.type == .duration, let dct, let start = Self.durationStart(x.timex.value, before: dct),
               Self.plausible(start.0) {
                // "invasi hampir delapan bulan": began that long before publication.
                return (start.0, start.1, true, "date: \(x.timex.text) before publication")
            }
        }
        guard let dct else { return (nil, nil, false, "undated: no publication date") }
        if modality == .hypothetical || modality == .planned { return (nil, nil, false, "undated: \(modality.rawValue)") }
        let before = (clause.lowerBound..<i)
        // Before the noun ("di tengah invasi"), or after it past a relative
        // or an aspect word ("perang yang berlangsung"); "latihan berlangsung"
        // alone tells the act itself.
        if !h.shape.isVerb, let cue = [i - 1, i + 2].first(where: { k in
            k >= 0 && k < t.count && functionWords.ongoing.contains(t[k].key) && (k < i || functionWords.preverbal.contains(t[i + 1].key))
        }) {
            return (nil, nil, false, "undated: a state going on (\(t[cue].text))")
        }
        let background = { (k: String) in functionWords.background.contains(k) && !functionWords.recentPast.contains(k) }
        // The cues of a quotation are the quoted act's, not the saying's.
        let asides = self.asides(v, outside: i)
        let cues = before.filter { k in !(h.isSaying && t[k].inQuote) && !asides.contains { $0.contains(k) } }
        if cues.contains(where: { background(t[$0].key) }) {
            return (nil, nil, false, "undated: background (\(cues.map { t[$0].key }.first(where: background) ?? ""))")
        }
        return (DayInterval(start: dct.adding(days: -1), end: dct), .day, false, "date: the day's news (publication day or the day before)")
    }

    /// Asides about a noun, set off by a comma and opened by a relative word
    /// ("Trump, yang telah mendesak Rusia …, mengatakan"; "menembakkan
    /// proyektil, yang terbaru dalam uji coba tahun ini"): from the relative
    /// word to the next comma or the sentence's end. An aside that holds
    /// token `i` is that act's own clause and is left out.
    func asides(_ v: SentenceView, outside i: Int) -> [Range<Int>] {
        let t = v.t
        var out: [Range<Int>] = []
        var k = 1
        while k < t.count {
            guard t[k - 1].text == ",", functionWords.relativizers.contains(t[k].key) else { k += 1; continue }
            var e = k + 1
            while e < t.count, t[e].text != ",", t[e].text != ";" { e += 1 }
            if !(k..<e).contains(i) { out.append(k..<e) }
            k = e + 1
        }
        return out
    }

    /// "sehari setelah perundingan": an act a span before (after "setelah")
    /// or after (after "sebelum") the one the sentence reports, dated from
    /// that one: the day the sentence names before the span, else the day's
    /// news. The trigger follows the word closely, with no verb between.
    func sequenceDate(_ i: Int, _ v: SentenceView, _ dct: CalendarDate?) -> (DayInterval?, DatePrecision?, Bool, String)? {
        let t = v.t
        func sign(_ k: Int) -> Int? {
            functionWords.sequenceAfter.contains(t[k].key) ? -1 : functionWords.sequenceBefore.contains(t[k].key) ? 1 : nil
        }
        guard i >= 2, let k = (max(1, i - 3)..<i).last(where: { sign($0) != nil }), let sign = sign(k),
              !(k + 1..<i).contains(where: { v.isVerb($0) || t[$0].kind == .punctuation }),
              let span = v.s.timexes.first(where: { $0.tokens.upperBound == k && $0.timex.type == .duration }),
              let days = Self.spanDays(span.timex.value) else { return nil }
        let base = v.s.timexes.filter {
            ($0.timex.type == .date || $0.timex.type == .time) && $0.timex.precision == .day && $0.timex.interval != nil
                && $0.tokens.upperBound <= span.tokens.lowerBound
        }.max { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let from: DayInterval
        if let b = base?.timex.interval { from = b }
        else if let dct { from = DayInterval(start: dct.adding(days: -1), end: dct) }
        else { return nil }
        let shift = sign * days
        return (DayInterval(start: from.start.adding(days: shift), end: from.end.adding(days: shift)), .day, true,
                "date: \(span.timex.text) \(t[k].text) \(base.map { $0.timex.text } ?? "the day's news") → \(shift) days")
    }

    /// The count and unit letter of a TimeML duration of whole calendar
    /// units ("P3D" → 3, D; "P2W", "P8M", "P1Y"); nil for clock durations
    /// ("PT2H") and anything else.
    static func calendarDuration(_ value: String) -> (count: Int, unit: Character)? {
        guard value.hasPrefix("P"), !value.hasPrefix("PT"), let unit = value.last,
              let n = Int(value.dropFirst().dropLast()), n > 0 else { return nil }
        return (n, unit)
    }

    /// Whole days of a span of days or weeks ("P1D", "P2W").
    static func spanDays(_ value: String) -> Int? {
        guard let (n, unit) = calendarDuration(value) else { return nil }
        switch unit {
        case "D": return n
        case "W": return 7 * n
        default: return nil
        }
    }

    /// "sejak 2022": the start of a period the act falls in, not its date
    /// (only a state such as a war is dated by its start).
    func opensPeriod(_ x: TimexRef, _ v: SentenceView) -> Bool {
        let k = x.tokens.lowerBound
        return functionWords.since.contains(v.t[k].key) || (k > 0 && functionWords.since.contains(v.t[k - 1].key))
    }

    /// Whether a time expression after a saying-verb dates what was said
    /// rather than the saying: it lies after publication, or a future cue
    /// stands between the verb and it ("mengatakan ia akan … pada Senin").
    func saidLater(_ x: TimexRef, after i: Int, _ v: SentenceView, _ dct: CalendarDate?) -> Bool {
        if let dct, let iv = x.timex.interval, iv.start > dct { return true }
        // A date inside the quotation, or outside the saying's clause, is the quoted act's.
        if v.t[x.tokens.lowerBound].inQuote || !clauseBounds(i, v).contains(x.tokens.lowerBound) { return true }
        guard x.tokens.lowerBound > i else { return false }
        // After the verb, past another verb or a future cue: the said act's date.
        return (i + 1..<x.tokens.lowerBound).contains { functionWords.future.contains(v.t[$0].key) || v.isVerb($0) }
    }

    /// Years an event in the news can be dated to: "7.100 tahun" (7,100
    /// years) is a length, not a date, and history before 1000 is no
    /// event of the news.
    static let plausibleYears = 1000...2999

    static func plausible(_ d: DayInterval) -> Bool {
        plausibleYears.contains(d.start.year) && plausibleYears.contains(d.end.year)
    }

    /// The start of a duration counted back from `dct`: "P8M" → that month.
    static func durationStart(_ value: String, before dct: CalendarDate) -> (DayInterval, DatePrecision)? {
        guard let (n, unit) = calendarDuration(value) else { return nil }
        switch unit {
        case "D":
            let d = dct.adding(days: -n)
            return (DayInterval(day: d), .day)
        case "W":
            let d = dct.adding(days: -7 * n)
            return (DayInterval(start: d.adding(days: -3), end: d.adding(days: 3)), .week)
        case "M":
            var y = dct.year, m = dct.month - n
            while m < 1 { m += 12; y -= 1 }
            guard let first = CalendarDate(year: y, month: m, day: 1),
                  let last = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)) else { return nil }
            return (DayInterval(start: first, end: last), .month)
        case "Y":
            guard let first = CalendarDate(year: dct.year - n, month: 1, day: 1),
                  let last = CalendarDate(year: dct.year - n, month: 12, day: 31) else { return nil }
            return (DayInterval(start: first, end: last), .year)
        default:
            return nil
        }
    }
}
