using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Tests.Texts;

/// <summary>A follow-up task opened from a finding reads in Danish for a Danish owner; names never enter it.</summary>
public class FindingFollowUpTextsTests
{
    [Fact]
    public void The_task_title_and_description_exist_in_english_and_danish()
    {
        var check = new CheckResult("devices.encryption", Outcome.NotMet,
        [
            new Finding(FindingSeverity.High, DeviceTexts.EncryptionSummary.With(12, 40, 30m, 95m)),
            new Finding(FindingSeverity.Medium, DeviceTexts.Unencrypted.With(28, CommonTexts.SampleTruncated.With(1, 28)), ["LAPTOP-017 (ida)"]),
            new Finding(FindingSeverity.Low, "An uncoded finding stored before codes."),
        ]);
        var plan = FindingFollowUps.Plan(new SourceEvaluation("intune", [new MeasureCheck(Measures.Cryptography, check)], new Dictionary<string, decimal?>()),
            "Microsoft Intune", new FindingDueDays());

        var task = Assert.Single(plan.Open);
        Assert.Equal("Microsoft Intune: 12 of 40 devices (30 %) are encrypted (Met at 95 %).", task.Title);
        Assert.Equal("Microsoft Intune: 12 af 40 enheder (30 %) er krypteret (opfyldt ved 95 %).", task.TitleDa);
        Assert.Equal(
            "Høj: 12 af 40 enheder (30 %) er krypteret (opfyldt ved 95 %).\n"
            + "Middel: 28 enhed(er) er ikke krypteret (de første 1 af 28 vist).\n"
            + "Lav: An uncoded finding stored before codes.\n"
            + "Kontrol devices.encryption (ikke opfyldt) på art21.2.h; de navngivne konti eller enheder står i tiltagets automatiske dokumentation.",
            task.DescriptionDa);
        Assert.StartsWith("High: 12 of 40 devices", task.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("LAPTOP-017", task.DescriptionDa, StringComparison.Ordinal);
    }
}
