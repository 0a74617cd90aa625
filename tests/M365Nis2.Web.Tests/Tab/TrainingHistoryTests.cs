using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using M365Nis2.Web.Features.Tab;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Tab;

public class TrainingHistoryTests
{
    [Fact]
    public void Board_current_percent_counts_current_and_due_soon_members()
    {
        var snapshot = Encoding.UTF8.GetBytes("""
            {"management":{"members":[{"state":"Current"},{"state":"DueSoon"},{"state":"Overdue"},{"state":"Never"}]}}
            """);

        Assert.Equal(50.0m, TrainingHistory.BoardCurrentPercent(snapshot));
        Assert.Null(TrainingHistory.BoardCurrentPercent(Encoding.UTF8.GetBytes("""{"management":{"members":[]}}""")));
        Assert.Null(TrainingHistory.BoardCurrentPercent(Encoding.UTF8.GetBytes("not json")));
    }

    [Fact]
    public async Task Art_20_2_page_data_has_a_history_point_per_signed_training_snapshot()
    {
        using var app = new TestApp();
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        using var snapshot = await ciso.PostAsync("/api/training/snapshot", null);
        var receipt = JsonDocument.Parse(await snapshot.Content.ReadAsStringAsync()).RootElement;
        var detail = (await ciso.GetFromJsonAsync<ControlEvidenceDetail>("/api/tab/controls/art20.2"))!;

        Assert.True(snapshot.IsSuccessStatusCode, receipt.ToString());
        var point = Assert.Single(detail.History);
        Assert.Equal(receipt.GetProperty("artefactId").GetString(), point.ArtefactId);
        Assert.InRange(point.Value, 0m, 100m);
        Assert.Empty((await ciso.GetFromJsonAsync<ControlEvidenceDetail>("/api/tab/controls/art21.2.j"))!.History);
    }
}
