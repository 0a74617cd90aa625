using System.Collections;

namespace M365Nis2.Web.Tests.Platform;

/// <summary>
/// What OpenTelemetry's in-memory exporter adds to, while a test reads it: the exporter adds from whichever thread ends
/// a span, without any lock of ours, and spans of other tests (the process-wide sources) arrive at any time. A plain
/// List copied meanwhile threw "Destination array was not long enough".
/// </summary>
internal sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> items = [];
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public void Add(T item)
    {
        lock (gate)
        {
            items.Add(item);
        }
    }

    /// <summary>A copy taken under the lock, to read at leisure.</summary>
    public T[] Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            items.Clear();
        }
    }

    public bool Contains(T item) => Snapshot().Contains(item);

    public void CopyTo(T[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

    public bool Remove(T item)
    {
        lock (gate)
        {
            return items.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Snapshot()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
