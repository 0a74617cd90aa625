namespace M365Nis2.Web.Tests.Evidence.Sources;

/// <summary>The evidence test host with the sources' documented throttles raised so tests do not wait them out.</summary>
public sealed class SourcesTestApp() : IDisposable
{
    public const string Ciso = EvidenceTestApp.Ciso;
    public const string Board = EvidenceTestApp.Board;
    public const string Employee = EvidenceTestApp.Employee;

    private readonly EvidenceTestApp inner = new(settings: new Dictionary<string, string?>
    {
        ["Evidence:Sources:Pacing:SignInActivityLimit"] = "100",
    });

    public Support.TestApp App => inner.App;

    public M365Nis2.Web.Infrastructure.Graph.DemoTenant.DemoGraphServer Graph => inner.Graph;

    public HttpClient Http(string user = Ciso) => inner.Http(user);

    public Task<System.Text.Json.JsonElement> CollectAndWaitAsync() => inner.CollectAndWaitAsync();

    public Task<System.Text.Json.JsonElement> GetJsonAsync(string path, string user = Ciso) => inner.GetJsonAsync(path, user);

    public void Dispose() => inner.Dispose();
}
