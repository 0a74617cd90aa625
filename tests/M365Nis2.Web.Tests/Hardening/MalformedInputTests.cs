using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>
/// Bad input is the caller's mistake, so it gets a 400 problem naming the field, in Development and Production alike:
/// every JSON endpoint (found from the endpoint data source) with a malformed body, an empty body and a wrong-typed
/// field; every route with an id that storage would refuse.
/// </summary>
public sealed class MalformedInputTests : IDisposable
{
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    private async Task<(HttpStatusCode Status, string? ContentType, string Body)> SendAsync(string method, string path, string? json)
    {
        using var http = app.Http(DemoDirectory.CisoUpn);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(json ?? "", Encoding.UTF8, "application/json"),
        };
        using var response = await http.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_walk_finds_the_known_JSON_endpoints()
    {
        var routes = ApiEndpoints.JsonBodies(app).Select(r => r.ToString()).ToList();

        Assert.Contains("POST /api/incidents", routes);
        Assert.Contains("POST /api/approvals", routes);
        Assert.Contains("POST /api/awareness/campaigns", routes);
        Assert.Contains("POST /api/training/attendance", routes);
    }

    [Fact]
    public async Task Every_JSON_endpoint_answers_a_malformed_body_with_400_problem_details()
    {
        foreach (var route in ApiEndpoints.JsonBodies(app))
        {
            var (status, type, body) = await SendAsync(route.Method, route.Path(_ => "x1"), "{\"a\": ");
            Assert.True(status == HttpStatusCode.BadRequest && type == "application/problem+json", $"{route}: {status} {type} {body}");
        }
    }

    [Fact]
    public async Task Every_JSON_endpoint_answers_an_empty_body_with_400_unless_the_body_is_optional()
    {
        foreach (var route in ApiEndpoints.JsonBodies(app))
        {
            var (status, type, body) = await SendAsync(route.Method, route.Path(_ => "x1"), null);
            if (route.BodyOptional)
            {
                Assert.True((int)status < 500, $"{route}: {status} {body}");
            }
            else
            {
                Assert.True(status == HttpStatusCode.BadRequest && type == "application/problem+json", $"{route}: {status} {type} {body}");
            }
        }
    }

    [Fact]
    public async Task Every_JSON_endpoint_names_the_field_that_has_the_wrong_type()
    {
        foreach (var route in ApiEndpoints.JsonBodies(app))
        {
            var (json, field) = ApiEndpoints.WrongType(route.JsonBody!);
            var (status, type, body) = await SendAsync(route.Method, route.Path(_ => "x1"), json);
            Assert.True(status == HttpStatusCode.BadRequest && type == "application/problem+json", $"{route}: {status} {type} {body}");
            Assert.True(JsonNode.Parse(body)!["errors"]?[field] is not null, $"{route}: the problem does not name '{field}': {body}");
        }
    }

    [Theory]
    [InlineData("POST", "/api/incidents", "{\"title\":\"t\",\"description\":\"d\",\"awareAt\":\"2026-02-30T25:61:00Z\"}", "awareAt")]
    [InlineData("POST", "/api/approvals", "{\"policyId\":\"p\",\"version\":1,\"dueAt\":\"nope\"}", "dueAt")]
    public async Task The_reported_cases_name_their_field(string method, string path, string json, string field)
    {
        var (status, _, body) = await SendAsync(method, path, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(JsonNode.Parse(body)!["errors"]![field]);
    }

    [Fact]
    public async Task Production_answers_the_same_400_problem()
    {
        using var issuer = new Tab.EntraTestIssuer();
        var settings = Tab.EntraTestIssuer.Settings();
        settings["Signing:AllowLocalInProduction"] = "true";
        settings["Graph:Auth"] = "Demo";
        using var production = new TestApp(settings, environment: "Production", configureServices: issuer.Configure);
        using var http = production.Http();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issuer.Token(new DemoDirectory().Ciso.Id));
        using var me = await http.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.True(me.IsSuccessStatusCode, $"{me.StatusCode} {await me.Content.ReadAsStringAsync()}");
        using var response = await http.PostAsync(new Uri("/api/incidents", UriKind.Relative), new StringContent("{\"awareAt\": 5", Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("a%23b")]
    [InlineData("a%3Fb")]
    [InlineData("a%5Cb")]
    [InlineData("a%01b")]
    [InlineData("a%7Fb")]
    public async Task Every_route_refuses_an_id_storage_would_refuse_with_400(string id)
    {
        foreach (var route in ApiEndpoints.All(app).Where(r => r.Parameters.Count > 0))
        {
            var (status, _, body) = await SendAsync(route.Method, route.Path(_ => id), "{}");
            Assert.True(status == HttpStatusCode.BadRequest, $"{route} with '{id}': {status} {body}");
        }
    }
}
