using M365Nis2.Domain.Scope;

namespace M365Nis2.Domain.Tests.Scope;

public class RegistrationRulesTests
{
    internal static RegistrationRecord Valid() => new(
        "Contoso Forsyning A/S", "12345678", "Havnegade 1, 1058 København K", "security@contoso.dk", "+4533221100",
        [new RegistrationContact("Mette Jensen", "CISO", "mette@contoso.dk", "+4520304050")],
        ["203.0.113.0/24", "2001:db8::/48"], ["drinking-water.supplier"], ["DK"], "Miljøstyrelsen");

    [Fact]
    public void A_complete_record_has_no_errors() => Assert.Empty(RegistrationRules.Validate(Valid()));

    [Fact]
    public void Every_bad_field_is_named()
    {
        var bad = Valid() with
        {
            LegalName = " ",
            Cvr = "1234567",
            Email = "security",
            Phone = "12",
            Contacts = [new RegistrationContact("", "CISO", "x@", "abc")],
            PublicIpRanges = ["203.0.113.0/24", "not-a-range", "10.0.0.0/33"],
            EntityTypeIds = ["energy.nuclear-fusion"],
            MemberStates = ["DK", "NO"],
        };
        var fields = RegistrationRules.Validate(bad).Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "legalName", "cvr", "email", "phone", "contacts[0].name", "contacts[0].email", "contacts[0].phone",
            "publicIpRanges[1]", "publicIpRanges[2]", "entityTypeIds", "memberStates" }, fields);
        Assert.DoesNotContain("publicIpRanges[0]", fields);
    }

    [Fact]
    public void Empty_lists_are_refused()
    {
        var fields = RegistrationRules.Validate(Valid() with { Contacts = [], EntityTypeIds = [], MemberStates = [] }).Select(e => e.Field).ToList();
        Assert.Contains("contacts", fields);
        Assert.Contains("entityTypeIds", fields);
        Assert.Contains("memberStates", fields);
    }

    [Fact]
    public void Reordering_is_not_a_change_but_a_new_range_or_contact_is()
    {
        var before = Valid();
        Assert.Empty(RegistrationRules.ChangedFields(before, before with { PublicIpRanges = ["2001:db8::/48", "203.0.113.0/24"] }));

        var after = before with
        {
            PublicIpRanges = [.. before.PublicIpRanges, "198.51.100.0/24"],
            Contacts = [.. before.Contacts, new RegistrationContact("Ole Hansen", "IT", "ole@contoso.dk", "+4522334455")],
            Phone = "+4533221101",
        };
        Assert.Equal(["phone", "contacts", "publicIpRanges"], RegistrationRules.ChangedFields(before, after));
    }

    [Fact]
    public void The_update_is_due_fourteen_days_after_the_change()
    {
        var changed = new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 10, 0, 0, TimeSpan.FromHours(1)), RegistrationRules.UpdateDue(changed));
    }
}
