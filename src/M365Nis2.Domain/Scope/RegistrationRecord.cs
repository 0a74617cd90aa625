namespace M365Nis2.Domain.Scope;

/// <summary>A contact person the authority can reach about cybersecurity.</summary>
public sealed record RegistrationContact(string Name, string Role, string Email, string Phone);

/// <summary>
/// What the registration with the authority holds (NIS2 Art. 3(4) and 27; Virk.dk in Denmark): identity, contacts,
/// public IP ranges, the activities (which give sectors and subsectors), the member states served and the authority.
/// </summary>
public sealed record RegistrationRecord(
    string LegalName,
    string Cvr,
    string Address,
    string Email,
    string Phone,
    IReadOnlyList<RegistrationContact> Contacts,
    IReadOnlyList<string> PublicIpRanges,
    IReadOnlyList<string> EntityTypeIds,
    IReadOnlyList<string> MemberStates,
    string Authority);

/// <summary>One problem with a field, named so the form can show it beside the field.</summary>
public sealed record FieldError(string Field, string Message);
