using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Signing;

/// <summary>
/// Development signing: a self-signed ECDSA P-256 certificate generated once and kept as PFX (+ PEM for auditors) in
/// Signing:LocalFolder. Racing first starts (threads or processes on this machine) take turns through a lock file, and
/// only the first creates one, so there is only ever one local certificate.
/// </summary>
public sealed class LocalSigningCertificateProvider(IOptions<SigningOptions> options, TimeProvider time, ILogger<LocalSigningCertificateProvider> logger)
    : ISigningCertificateProvider, IDisposable
{
    public const string PfxFileName = "signing.pfx";
    public const string PemFileName = "signing-certificate.pem";
    public const string Subject = "CN=M365Nis2 local evidence signing (demo)";

    private readonly SemaphoreSlim gate = new(1, 1);
    private X509Certificate2? certificate;

    public async Task<X509Certificate2> GetAsync(CancellationToken ct = default)
    {
        if (certificate is { } cached)
        {
            return cached;
        }
        await gate.WaitAsync(ct);
        try
        {
            return certificate ??= LoadOrCreate(Path.GetFullPath(options.Value.LocalFolder));
        }
        finally
        {
            gate.Release();
        }
    }

    private X509Certificate2 LoadOrCreate(string folder)
    {
        CreatePrivateFolder(folder);
        var pfxPath = Path.Combine(folder, PfxFileName);
        if (!File.Exists(pfxPath))
        {
            // File.Move without overwrite is a check and then a rename on Linux, so two racing starts could both
            // "win" and the later one replace a certificate the earlier one had already loaded. Starts take turns.
            using (HoldCreationLock(folder))
            {
                if (!File.Exists(pfxPath))
                {
                    Generate(folder, pfxPath);
                }
            }
            File.Delete(Path.Combine(folder, LockFileName));
        }
        RestrictToOwner(pfxPath);
        var loaded = X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password: null, X509KeyStorageFlags.EphemeralKeySet);
        WritePemIfMissing(Path.Combine(folder, PemFileName), loaded);
        return loaded;
    }

    public const string LockFileName = ".signing.lock";
    private static readonly TimeSpan LockPatience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An exclusive lock on a file in the folder (FileShare.None takes an advisory flock on Unix), which other
    /// threads and processes on this machine respect. The lock file goes once the certificate exists; a start that
    /// opened it before that finds the certificate and creates nothing.
    /// </summary>
    private FileStream HoldCreationLock(string folder)
    {
        var path = Path.Combine(folder, LockFileName);
        var giveUpAt = time.GetUtcNow() + LockPatience;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (time.GetUtcNow() < giveUpAt)
            {
                Thread.Sleep(20);
            }
            catch (IOException e)
            {
                throw new IOException($"Another start held {path} for over {LockPatience.TotalSeconds:0} s while creating the local signing certificate; remove the file if no start is running", e);
            }
        }
    }

    /// <summary>Written to a temp file and moved into place, so a start reading without the lock never sees half a key.</summary>
    private void Generate(string folder, string pfxPath)
    {
        var temp = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            using (var fresh = Create(time.GetUtcNow()))
            {
                WritePrivateFile(temp, fresh.Export(X509ContentType.Pkcs12));
            }
            File.Move(temp, pfxPath, overwrite: false);
            logger.LogWarning("Generated a local evidence-signing certificate in {Folder}: demo use only", folder);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The PFX holds the private key unencrypted: created 0600 (never world-readable, not even for a moment).</summary>
    private static void WritePrivateFile(string path, byte[] bytes)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }
        using var file = new FileStream(path, options);
        file.Write(bytes);
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>A key file left readable by an older version (or copied in) is tightened on start.</summary>
    private void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            File.SetUnixFileMode(path, OwnerOnly);
            logger.LogWarning("Restricted the local signing key {Path} to its owner (mode 0600)", path);
        }
    }

    private static void WritePemIfMissing(string path, X509Certificate2 cert)
    {
        if (!File.Exists(path))
        {
            var temp = path + $".{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temp, cert.ExportCertificatePem() + "\n");
            File.Move(temp, path, overwrite: true);
        }
    }

    public static X509Certificate2 Create(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(5));
    }

    public void Dispose()
    {
        certificate?.Dispose();
        gate.Dispose();
    }
}
