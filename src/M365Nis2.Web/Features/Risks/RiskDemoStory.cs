using M365Nis2.Domain.Risks;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Risks;

/// <summary>Demo story: two risks in the register, created through the risk service with the current method.</summary>
public sealed class RiskDemoStory(RiskService risks) : IDemoStoryPart
{
    public string Name => "risks";

    public int Order => 60;

    public async Task SeedAsync(DemoStory story, CancellationToken ct)
    {
        var ciso = new Person(story.Ciso.ObjectId, story.Ciso.DisplayName);
        var review = DateOnly.FromDateTime(story.RealNow.UtcDateTime).AddMonths(6);
        await CreateAsync(new RiskInput(DemoStory.Label("Ransomware stops the control centre"),
            "Ransomware spreads from an office PC to the control centre's file servers and stops SCADA monitoring.",
            "Ransomware", "Flat network between office and control centre", [], 4, 4, 2, 3, "mitigate",
            ["Segment the control centre network", "Immutable backups of the file servers"], story.Ciso.UserPrincipalName,
            ["art21.2.c", "art21.2.e"], [], review), ciso, ct);
        await CreateAsync(new RiskInput(DemoStory.Label("Supplier remote access without MFA"),
            "A maintenance supplier's shared remote-access account is taken over and used to reach substations.",
            "Account takeover", "Shared supplier account without MFA", [], 3, 3, null, null, "mitigate",
            ["Personal supplier accounts with MFA", "Access only in agreed windows"], story.Ciso.UserPrincipalName,
            ["art21.2.d", "art21.2.j"], [], review), ciso, ct);
    }

    private async Task CreateAsync(RiskInput input, Person ciso, CancellationToken ct)
    {
        var written = await risks.CreateAsync(input, ciso, ct);
        if (written.Risk is null)
            throw new InvalidOperationException($"Demo story, risks: {string.Join(" ", written.Problems)}");
    }
}
