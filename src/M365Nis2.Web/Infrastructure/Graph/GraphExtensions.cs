using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace M365Nis2.Web.Infrastructure.Graph;

public static class GraphExtensions
{
    /// <summary>
    /// Options (<c>Graph</c> section, validated on start), the demo tenant server when <c>Graph:Auth=Demo</c>, one
    /// <see cref="GraphServiceClient"/> singleton and <see cref="IGraphTenantInfo"/>. With no <c>Graph:Auth</c>
    /// configured, Development uses the demo tenant and every other environment managed identity.
    /// </summary>
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section)
            .PostConfigure(o => o.Auth ??= isDevelopment ? GraphAuthMode.Demo : GraphAuthMode.ManagedIdentity)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();

        builder.Services.AddSingleton(sp => new DemoDirectory(sp.GetRequiredService<IOptions<GraphOptions>>().Value.Demo.Employees));
        builder.Services.AddSingleton<DemoGraphHost>();
        builder.Services.AddHostedService<DemoGraphHostedService>();
        builder.Services.AddSingleton<IGraphTenantInfo, GraphTenantInfo>();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            var baseUrl = sp.GetRequiredService<IGraphTenantInfo>().BaseUrl;
            return GraphClients.Create(baseUrl, GraphClients.AuthProviderFor(options, baseUrl));
        });
        return builder;
    }

    private sealed class GraphTenantInfo(IOptions<GraphOptions> options, DemoGraphHost demo) : IGraphTenantInfo
    {
        public bool IsDemo => Auth == GraphAuthMode.Demo;

        public GraphAuthMode Auth => options.Value.EffectiveAuth;

        public Uri BaseUrl => IsDemo ? demo.Server.BaseUrl : new Uri(options.Value.BaseUrl);
    }
}
