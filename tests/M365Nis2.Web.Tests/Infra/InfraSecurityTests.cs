using System.Text.Json.Nodes;

namespace M365Nis2.Web.Tests.Infra;

// What the security design relies on, asserted on the ARM JSON that Azure actually receives.
public sealed class InfraSecurityTests
{
    [Fact]
    public async Task Artefact_container_has_version_level_immutability_on_a_versioned_blob_service()
    {
        var container = Assert.Single(await CompiledTemplate.ResourcesAsync("Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.True((bool?)container["properties"]!["immutableStorageWithVersioning"]!["enabled"]);
        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);

        var blobService = Assert.Single(await CompiledTemplate.ResourcesAsync("Microsoft.Storage/storageAccounts/blobServices"));
        Assert.True((bool?)blobService["properties"]!["isVersioningEnabled"]);
        Assert.True((bool?)blobService["properties"]!["deleteRetentionPolicy"]!["enabled"]);
        Assert.True((bool?)blobService["properties"]!["containerDeleteRetentionPolicy"]!["enabled"]);

        var policy = Assert.Single(await CompiledTemplate.ResourcesAsync(
            "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"));
        Assert.NotNull(policy["properties"]!["immutabilityPeriodSinceCreationInDays"]);
        var root = await CompiledTemplate.RootAsync();
        Assert.Equal(2555, (int?)root["parameters"]!["artefactRetentionDays"]!["defaultValue"]);
    }

    [Fact]
    public async Task Storage_account_refuses_shared_keys_public_blobs_and_old_tls()
    {
        var storage = Assert.Single(await CompiledTemplate.ResourcesAsync("Microsoft.Storage/storageAccounts"));
        var properties = storage["properties"]!;
        Assert.False((bool?)properties["allowSharedKeyAccess"]);
        Assert.False((bool?)properties["allowBlobPublicAccess"]);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool?)properties["supportsHttpsTrafficOnly"]);
    }

    [Fact]
    public async Task Web_app_is_https_only_with_no_ftp_and_no_keys_in_its_settings()
    {
        var site = Assert.Single(await CompiledTemplate.ResourcesAsync("Microsoft.Web/sites"));
        Assert.True((bool?)site["properties"]!["httpsOnly"]);
        var siteConfig = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)siteConfig["linuxFxVersion"]);
        Assert.Equal("Disabled", (string?)siteConfig["ftpsState"]);
        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Contains("azd-service-name", site["tags"]!.ToJsonString(), StringComparison.Ordinal);

        var settings = Assert.Single(await CompiledTemplate.ResourcesAsync("Microsoft.Web/sites/config"));
        // The settings compile to one ARM expression (union of the SSO and the base settings), so read it as text.
        var text = settings["properties"]!.ToString();
        Assert.Contains("'Storage__BlobEndpoint'", text, StringComparison.Ordinal);
        Assert.Contains("'Storage__ManagedIdentityClientId'", text, StringComparison.Ordinal);
        Assert.Contains("'Graph__Auth', 'ManagedIdentity'", text, StringComparison.Ordinal);
        // In Azure the evidence is signed with the Key Vault certificate; the app refuses its local key outside Development.
        Assert.Contains("'Signing__Mode', 'KeyVault'", text, StringComparison.Ordinal);
        Assert.Contains("'Roles__BoardGroupId'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bot_runs_on_the_user_assigned_identity_with_the_Teams_channel()
    {
        var bot = Assert.Single(await CompiledTemplate.ResourcesAsync("Microsoft.BotService/botServices"));
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        Assert.NotNull(bot["properties"]!["msaAppMSIResourceId"]);

        var channel = Assert.Single(await CompiledTemplate.ResourcesAsync("Microsoft.BotService/botServices/channels"));
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool?)channel["properties"]!["properties"]!["isEnabled"]);
    }

    [Fact]
    public async Task Key_vault_uses_RBAC_with_soft_delete_and_purge_protection()
    {
        var vault = Assert.Single(await CompiledTemplate.ResourcesAsync("Microsoft.KeyVault/vaults"));
        var properties = vault["properties"]!;
        Assert.True((bool?)properties["enableRbacAuthorization"]);
        Assert.True((bool?)properties["enableSoftDelete"]);
        Assert.True((bool?)properties["enablePurgeProtection"]);
    }

    [Fact]
    public async Task Outputs_feed_the_app_package_and_are_upper_snake_case()
    {
        var outputs = (JsonObject)(await CompiledTemplate.RootAsync())["outputs"]!;
        Assert.All(outputs.Select(o => o.Key), name => Assert.Matches("^[A-Z][A-Z0-9_]*$", name));
        foreach (var needed in new[] { "BOT_ID", "TEAMS_APP_ID", "TAB_ENDPOINT", "TAB_DOMAIN", "AAD_APP_CLIENT_ID", "SERVICE_WEB_URI" })
        {
            Assert.Contains(needed, outputs.Select(o => o.Key));
        }
    }
}
