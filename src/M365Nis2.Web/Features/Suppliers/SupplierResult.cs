using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Suppliers;

public enum ResultKind
{
    Ok = 0,
    Created,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>What a supplier operation did; the endpoint maps it to 200/201/400/404/409 with the errors.</summary>
public sealed record SupplierResult(ResultKind Kind, Supplier? Value, IReadOnlyList<FieldError> Errors)
{
    public static SupplierResult Ok(Supplier value) => new(ResultKind.Ok, value, []);

    public static SupplierResult Created(Supplier value) => new(ResultKind.Created, value, []);

    public static SupplierResult Invalid(IReadOnlyList<FieldError> errors) => new(ResultKind.Invalid, null, errors);

    public static SupplierResult Invalid(string field, CodedText message) => new(ResultKind.Invalid, null, [new(field, message)]);

    public static SupplierResult NotFound() => new(ResultKind.NotFound, null, []);

    public static SupplierResult Conflict(CodedText message) => new(ResultKind.Conflict, null, [new("", message)]);
}
