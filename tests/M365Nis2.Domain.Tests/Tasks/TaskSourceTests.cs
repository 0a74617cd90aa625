using M365Nis2.Domain.Tasks;

namespace M365Nis2.Domain.Tests.Tasks;

public class TaskSourceTests
{
    [Fact]
    public void The_key_combines_kind_and_id() =>
        Assert.Equal("EvidenceFinding:mfa.registration/2026-03", new TaskSource(TaskSourceKind.EvidenceFinding, "mfa.registration/2026-03").Key);

    [Theory]
    [InlineData("", "A source id is required.")]
    [InlineData("a\nb", "The source id contains control characters.")]
    public void Invalid_ids_are_refused(string id, string error) =>
        Assert.Equal([error], new TaskSource(TaskSourceKind.Manual, id).Validate());

    [Fact]
    public void Overlong_ids_and_unknown_kinds_are_refused()
    {
        Assert.Single(new TaskSource(TaskSourceKind.Manual, new string('x', TaskSource.MaxIdLength + 1)).Validate());
        Assert.Single(new TaskSource((TaskSourceKind)99, "x").Validate());
    }
}
