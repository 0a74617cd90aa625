using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using M365Nis2.Web.Features.Suppliers;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>
/// The lines the app writes into a supplier's history carry their Danish (<c>whatDa</c>) and code beside the English
/// <c>what</c>; a line stored before lines were coded has neither and keeps its English.
/// </summary>
public sealed class SupplierHistoryTests : IDisposable
{
    private readonly SupplierTestApp t = new();

    public void Dispose() => t.Dispose();

    private static List<(string What, string? Code, string? WhatDa)> Lines(JsonObject page) =>
        [.. page["history"]!.AsArray().Select(h => (h!["what"]!.GetValue<string>(), h["code"]?.GetValue<string>(), h["whatDa"]?.GetValue<string>()))];

    [Fact]
    public async Task Registering_editing_and_linking_an_app_are_written_in_english_and_danish_newest_first()
    {
        var id = (await t.CreateAsync(Msp()))["id"]!.GetValue<string>();
        t.Clock.Advance(TimeSpan.FromMinutes(1));
        using var ciso = t.As(Ciso);
        var edit = JsonSerializerNodes(Msp(owner: Ciso));
        edit["tier"] = 2;
        edit["active"] = false;
        (await ciso.PutAsJsonAsync($"/api/suppliers/{id}", edit)).EnsureSuccessStatusCode();
        t.Clock.Advance(TimeSpan.FromMinutes(1));
        var app = (await t.DiscoverAsync())["apps"]!.AsArray().First(a => a!["name"]!.GetValue<string>() == "eSign Norden")!["id"]!.GetValue<string>();
        (await ciso.PostAsJsonAsync($"/api/suppliers/discovered/{app}/register", new { supplierId = id })).EnsureSuccessStatusCode();

        Assert.Equal(
        [
            ($"linked app eSign Norden ({app})", "supplier.change.app", $"app tilknyttet: eSign Norden ({app})"),
            ("edited: tier 1→2, owner, ended", "supplier.change.edited", "ændret: niveau 1→2, intern ansvarlig, samarbejdet afsluttet"),
            ("registered", "supplier.change.registered", "registreret"),
        ], Lines(await t.GetAsync(id)));
    }

    [Fact]
    public async Task A_line_stored_before_lines_were_coded_has_no_danish_and_keeps_its_english()
    {
        var id = (await t.CreateAsync(Msp()))["id"]!.GetValue<string>();
        var table = new TableServiceClient(Support.AzuriteServer.Shared.ConnectionString).GetTableClient(t.App.StoragePrefix + SupplierStore.TableName);
        var at = t.Clock.GetUtcNow().AddMinutes(1);
        await table.AddEntityAsync(new TableEntity(id, $"change-{at.UtcTicks:D19}-old") { ["At"] = at, ["By"] = "Mette Holm", ["What"] = "edited: owner" });

        var old = Lines(await t.GetAsync(id))[0];
        Assert.Equal(("edited: owner", null, null), old);
    }

    private static JsonObject JsonSerializerNodes(object body) => System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();
}
