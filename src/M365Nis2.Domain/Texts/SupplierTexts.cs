namespace M365Nis2.Domain.Texts;

/// <summary>The finding an assessment answer raises: the answer word and the question (in the reader's language), the comment as written.</summary>
public static class SupplierTexts
{
    public static readonly TextCode AnsweredNo = new("supplier.finding.no", "No: {question}", "Nej: {question}");
    public static readonly TextCode AnsweredPartly = new("supplier.finding.partly", "Partly: {question}", "Delvist: {question}");
    public static readonly TextCode Commented = new("supplier.finding.comment", "{finding} Comment: {comment}", "{finding} Kommentar: {comment}");
}
