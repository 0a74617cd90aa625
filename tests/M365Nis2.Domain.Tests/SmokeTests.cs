namespace M365Nis2.Domain.Tests;

public class SmokeTests
{
    [Fact]
    public void Runs() => Assert.True(true);
}
