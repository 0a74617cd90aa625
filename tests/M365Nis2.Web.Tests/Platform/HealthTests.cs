using System.Net;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Platform;

public class HealthTests
{
    [Fact]
    public async Task Healthz_is_healthy_when_storage_answers()
    {
        using var app = new TestApp();
        using var http = app.Http();

        var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_is_unhealthy_when_storage_is_unreachable()
    {
        var deadPort = FreePort.Next();
        using var app = new TestApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] =
                "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
                $"BlobEndpoint=http://127.0.0.1:{deadPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{deadPort}/devstoreaccount1;",
        });
        using var http = app.Http();

        var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
