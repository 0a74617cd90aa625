using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Signing;

public static class SigningExtensions
{
    public static IHostApplicationBuilder AddSigning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SigningOptions>().BindConfiguration(SigningOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>();
        builder.Services.AddSingleton<ISigningCertificateProvider>(sp =>
            sp.GetRequiredService<IOptions<SigningOptions>>().Value.Mode == SigningMode.KeyVault
                ? ActivatorUtilities.CreateInstance<KeyVaultSigningCertificateProvider>(sp)
                : ActivatorUtilities.CreateInstance<LocalSigningCertificateProvider>(sp));
        builder.Services.AddHostedService<SigningStartupCheck>();
        return builder;
    }
}

/// <summary>Fails start with every misconfigured Signing:* key named.</summary>
public sealed class SigningOptionsValidator(IHostEnvironment environment) : IValidateOptions<SigningOptions>
{
    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        var problems = options.Problems(environment.IsDevelopment()).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

/// <summary>
/// Loads the certificate at start so a bad Key Vault setup shows in the first log lines, and shouts when a local
/// self-signed key signs evidence outside Development. A failure is logged, not fatal: the host still serves reads.
/// </summary>
public sealed class SigningStartupCheck(ISigningCertificateProvider certificates, IOptions<SigningOptions> options, IHostEnvironment environment,
    ILogger<SigningStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == SigningMode.Local && !environment.IsDevelopment())
        {
            logger.LogCritical("EVIDENCE IS SIGNED WITH A LOCAL SELF-SIGNED KEY in {Environment} (Signing:AllowLocalInProduction=true). " +
                "Auditors should not trust it; configure Signing:Mode=KeyVault.", environment.EnvironmentName);
        }
        try
        {
            var certificate = await certificates.GetAsync(cancellationToken);
            logger.LogInformation("Evidence signing certificate {Subject} ({Thumbprint}), mode {Mode}", certificate.Subject, certificate.Thumbprint, options.Value.Mode);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not load the evidence signing certificate (Signing:Mode {Mode})", options.Value.Mode);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
