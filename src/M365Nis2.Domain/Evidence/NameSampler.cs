using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence;

/// <summary>
/// Counts every item but keeps only the first <c>limit</c> names, so a stream of 20 000 devices or 100 000 users
/// leaves a bounded finding behind. A sampler takes either plain names or coded subjects (a name with words around it,
/// see <see cref="Finding.SubjectTexts"/>), not both. Not thread-safe.
/// </summary>
public sealed class NameSampler(int limit)
{
    private readonly List<string> names = [];
    private List<CodedText>? texts;

    public int Total { get; private set; }

    public void Add(string name)
    {
        Total++;
        if (names.Count < limit)
            names.Add(name);
    }

    /// <summary>A subject whose words read in the reader's language; its English is what <see cref="NamedSample.Names"/> keeps.</summary>
    public void Add(CodedText subject)
    {
        Total++;
        if (names.Count >= limit)
            return;
        names.Add(subject.English);
        (texts ??= []).Add(subject);
    }

    public NamedSample ToSample() => new([.. names], Total) { Texts = texts is null ? null : [.. texts] };
}
