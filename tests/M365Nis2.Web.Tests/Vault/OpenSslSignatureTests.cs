using System.Diagnostics;
using System.Text;
using M365Nis2.Web.Infrastructure.Signing;

namespace M365Nis2.Web.Tests.Vault;

public class OpenSslSignatureTests
{
    internal static (int ExitCode, string Output) OpenSslVerify(string content, string signature, string certificatePem)
    {
        var psi = new ProcessStartInfo("openssl")
        {
            ArgumentList = { "cms", "-verify", "-binary", "-inform", "DER", "-in", signature, "-content", content, "-CAfile", certificatePem, "-purpose", "any", "-out", "/dev/null" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    [Fact]
    public void Signature_made_in_CSharp_verifies_with_openssl_and_a_one_byte_change_fails()
    {
        var folder = Directory.CreateTempSubdirectory("m365nis2-openssl-").FullName;
        using var certificate = LocalSigningCertificateProvider.Create(DateTimeOffset.UtcNow);
        var content = Encoding.UTF8.GetBytes("{\"control\":\"art21.2.j\",\"mfaRegistered\":0.97}");
        var contentPath = Path.Combine(folder, "artefact");
        var signaturePath = contentPath + ".p7s";
        var certPath = Path.Combine(folder, "cert.pem");
        File.WriteAllBytes(contentPath, content);
        File.WriteAllBytes(signaturePath, CmsSignatures.Sign(content, certificate, DateTimeOffset.UtcNow));
        File.WriteAllText(certPath, certificate.ExportCertificatePem());

        var good = OpenSslVerify(contentPath, signaturePath, certPath);
        Assert.True(good.ExitCode == 0, good.Output);
        Assert.Contains("Verification successful", good.Output, StringComparison.Ordinal);

        content[10] ^= 0x01;
        File.WriteAllBytes(contentPath, content);
        var bad = OpenSslVerify(contentPath, signaturePath, certPath);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.DoesNotContain("Verification successful", bad.Output, StringComparison.Ordinal);
    }
}
