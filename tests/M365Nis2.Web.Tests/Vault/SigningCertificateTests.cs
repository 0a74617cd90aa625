using System.Security.Cryptography.X509Certificates;
using M365Nis2.Web.Infrastructure.Signing;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Tests.Vault;

public class SigningCertificateTests
{
    private static async Task<string> ThumbprintAsync(TestApp app) =>
        (await app.Services.GetRequiredService<ISigningCertificateProvider>().GetAsync()).Thumbprint;

    [Fact]
    public async Task Local_certificate_is_generated_once_and_reused_on_restart()
    {
        var folder = Directory.CreateTempSubdirectory("m365nis2-signing-").FullName;
        string first;
        using (var v = new VaultTestApp(folder))
        {
            first = await ThumbprintAsync(v.App);
        }
        using var restarted = new VaultTestApp(folder);

        Assert.Equal(first, await ThumbprintAsync(restarted.App));
        var certificate = await restarted.App.Services.GetRequiredService<ISigningCertificateProvider>().GetAsync();
        Assert.True(certificate.HasPrivateKey);
        using var publicKey = certificate.GetECDsaPublicKey();
        Assert.Equal(256, publicKey?.KeySize);
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages;
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, usage);
        Assert.True(File.Exists(Path.Combine(folder, LocalSigningCertificateProvider.PemFileName)));
    }

    [Fact]
    public async Task Concurrent_first_starts_end_up_with_one_certificate()
    {
        // The race is narrow (File.Move without overwrite is a check and then a rename on Linux, so a later start
        // could replace the file an earlier one had already loaded; seen once in a loaded suite), so several rounds
        // of eight racing starts, each on a fresh folder. The next test shows the turn-taking deterministically.
        for (var round = 0; round < 20; round++)
        {
            var folder = Path.Combine(Directory.CreateTempSubdirectory("m365nis2-signing-").FullName, "nested");
            var options = Options.Create(new SigningOptions { LocalFolder = folder });
            var providers = Enumerable.Range(0, 8)
                .Select(_ => new LocalSigningCertificateProvider(options, TimeProvider.System, NullLogger<LocalSigningCertificateProvider>.Instance)).ToList();
            using var start = new ManualResetEventSlim();

            var racing = providers.Select(p => Task.Run(async () => { start.Wait(); return (await p.GetAsync()).Thumbprint; })).ToList();
            start.Set();
            var thumbprints = await Task.WhenAll(racing);

            var onDisk = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(folder, LocalSigningCertificateProvider.PfxFileName), null);
            Assert.Equal([onDisk.Thumbprint], thumbprints.Distinct());
            var forAuditors = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, LocalSigningCertificateProvider.PemFileName));
            Assert.Equal(onDisk.Thumbprint, forAuditors.Thumbprint);
            Assert.Equal([LocalSigningCertificateProvider.PemFileName, LocalSigningCertificateProvider.PfxFileName],
                Directory.GetFiles(folder).Select(Path.GetFileName).Order());
            providers.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public async Task A_start_that_finds_another_creating_the_certificate_waits_and_uses_its_certificate()
    {
        var folder = Directory.CreateTempSubdirectory("m365nis2-signing-").FullName;
        using var provider = new LocalSigningCertificateProvider(Options.Create(new SigningOptions { LocalFolder = folder }),
            TimeProvider.System, NullLogger<LocalSigningCertificateProvider>.Instance);
        using var othersCertificate = LocalSigningCertificateProvider.Create(DateTimeOffset.UtcNow);

        Task<X509Certificate2> waiting;
        using (new FileStream(Path.Combine(folder, LocalSigningCertificateProvider.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            waiting = Task.Run(() => provider.GetAsync());
            await Task.Delay(300);
            Assert.False(waiting.IsCompleted, "the start should wait while another holds the creation lock");
            await File.WriteAllBytesAsync(Path.Combine(folder, LocalSigningCertificateProvider.PfxFileName), othersCertificate.Export(X509ContentType.Pkcs12));
        }

        Assert.Equal(othersCertificate.Thumbprint, (await waiting.WaitAsync(TimeSpan.FromSeconds(10))).Thumbprint);
        Assert.False(File.Exists(Path.Combine(folder, LocalSigningCertificateProvider.LockFileName)));
    }

    [Fact]
    public void Local_mode_outside_Development_is_refused_at_start_naming_the_key()
    {
        var folder = Directory.CreateTempSubdirectory("m365nis2-signing-").FullName;

        var error = Assert.ThrowsAny<Exception>(() => new TestApp(new Dictionary<string, string?> { ["Signing:LocalFolder"] = folder }, environment: "Production"));

        Assert.Contains("Signing:AllowLocalInProduction", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Local_mode_outside_Development_starts_when_explicitly_allowed()
    {
        var folder = Directory.CreateTempSubdirectory("m365nis2-signing-").FullName;

        using var app = new TestApp(new Dictionary<string, string?> { ["Signing:LocalFolder"] = folder, ["Signing:AllowLocalInProduction"] = "true" }, environment: "Production");

        Assert.True(File.Exists(Path.Combine(folder, LocalSigningCertificateProvider.PfxFileName)));
    }

    [Fact]
    public void Key_Vault_mode_without_its_settings_is_refused_naming_both_keys()
    {
        var error = Assert.ThrowsAny<Exception>(() => new TestApp(new Dictionary<string, string?> { ["Signing:Mode"] = "KeyVault" }));

        Assert.Contains("Signing:KeyVaultUri", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Signing:CertificateName", error.ToString(), StringComparison.Ordinal);
    }
}
