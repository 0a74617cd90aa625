using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Tests.Support;

/// <summary>Reads a card's Teams deep link into the tab (Platform/TabLinks): the page it opens, its web address and label.</summary>
internal static class TabDeepLink
{
    /// <summary>Asserts <paramref name="url"/> opens <paramref name="path"/> in the demo app's tab in Teams; returns the link's label.</summary>
    public static string AssertOpens(string url, string path)
    {
        var link = new Uri(url);
        Assert.Equal("teams.microsoft.com", link.Host);
        Assert.Equal($"/l/entity/{DemoDirectory.TeamsAppManifestId}/evidence", link.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        using var context = JsonDocument.Parse(query["context"]!);
        Assert.Equal(path, context.RootElement.GetProperty("subEntityId").GetString());
        Assert.EndsWith(path, query["webUrl"], StringComparison.Ordinal);
        return query["label"]!;
    }
}
