namespace M365Nis2.Domain.Texts;

/// <summary>Findings of the Secure Score checks: level and trend (f), control gaps per measure (e, h, i, j).</summary>
public static class SecureScoreTexts
{
    public static readonly TextCode Unreadable = new("securescore.unreadable", "Secure Score could not be read ({status}).",
        "Secure Score kunne ikke læses ({status}).");
    public static readonly TextCode NoScoreLevel = new("securescore.none.level", "Graph returned no Secure Score; the level cannot be judged.",
        "Graph returnerede ingen Secure Score; niveauet kan ikke vurderes.");
    public static readonly TextCode Level = new("securescore.level",
        "Secure Score {score:0.##} of {max:0.##} ({percent:0.#} %) on {date} (Met at {met:0.#} %, partially met at {partial:0.#} %).",
        "Secure Score {score:0.##} af {max:0.##} ({percent:0.#} %) den {date} (opfyldt ved {met:0.#} %, delvist opfyldt ved {partial:0.#} %).");

    public static readonly TextCode HistoryUnreadable = new("securescore.history.unreadable", "Secure Score history could not be read ({status}).",
        "Secure Score-historikken kunne ikke læses ({status}).");
    public static readonly TextCode TooFewScores = new("securescore.trend.toofew",
        "Fewer than two daily scores are available; the trend cannot be judged yet.",
        "Der er færre end to daglige scorer; udviklingen kan ikke vurderes endnu.");
    public static readonly TextCode Trend = new("securescore.trend",
        "Secure Score moved from {from:0.#} % to {to:0.#} % ({delta:+0.#;-0.#;0} points) over {days} day(s).",
        "Secure Score gik fra {from:0.#} % til {to:0.#} % ({delta:+0.#;-0.#;0} point) over {days} dag(e).");
    public static readonly TextCode TrendDrop = new("securescore.trend.drop",
        "Secure Score moved from {from:0.#} % to {to:0.#} % ({delta:+0.#;-0.#;0} points) over {days} day(s). "
        + "A drop of {drop:0.#} points or more needs a reason in the effectiveness review.",
        "Secure Score gik fra {from:0.#} % til {to:0.#} % ({delta:+0.#;-0.#;0} point) over {days} dag(e). "
        + "Et fald på {drop:0.#} point eller mere skal begrundes i effektivitetsgennemgangen.");

    public static readonly TextCode ControlsUnreadable = new("securescore.controls.unreadable", "Secure Score controls could not be read ({status}).",
        "Secure Score-kontrollerne kunne ikke læses ({status}).");
    public static readonly TextCode NoScoreGaps = new("securescore.none.gaps", "Graph returned no Secure Score; control gaps cannot be judged.",
        "Graph returnerede ingen Secure Score; mangler i kontrollerne kan ikke vurderes.");
    public static readonly TextCode NoPoints = new("securescore.gaps.nopoints", "{count} mapped action(s) carry no points.",
        "{count} tilknyttede handling(er) giver ingen point.");
    public static readonly TextCode Gaps = new("securescore.gaps",
        "{score:0.##} of {max:0.##} points ({percent:0.#} %) in {count} Secure Score action(s) for this measure.",
        "{score:0.##} af {max:0.##} point ({percent:0.#} %) i {count} Secure Score-handling(er) for dette tiltag.");
    public static readonly TextCode OpenActions = new("securescore.gaps.open", "{count} action(s) not fully implemented; the largest gaps first.",
        "{count} handling(er) er ikke fuldt gennemført; de største mangler først.");
}
