using System.Security.Cryptography;
using System.Text;
using M365Nis2.Domain.Vault;

namespace M365Nis2.Domain.Tests.Vault;

public class LedgerChainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private static List<LedgerEntry> Chain(int count)
    {
        var entries = new List<LedgerEntry>();
        for (var i = 0; i < count; i++)
        {
            var id = ArtefactIds.Compute(Encoding.UTF8.GetBytes($"artefact {i}"));
            entries.Add(LedgerChain.Next(entries.LastOrDefault(), id, "evidence.mfa", T0.AddMinutes(i), "oid:ciso"));
        }
        return entries;
    }

    [Fact]
    public void Canonical_text_is_exactly_the_documented_format()
    {
        var id = new string('a', 64);
        var text = LedgerCanonical.Text(7, id, "approval.round", new DateTimeOffset(2026, 3, 1, 10, 0, 0, 5, TimeSpan.FromHours(1)), "oid:x", LedgerCanonical.GenesisHash);

        Assert.Equal(
            "m365nis2-ledger-v1\nsequence=7\nartefact=" + id + "\nkind=approval.round\ntime=2026-03-01T09:00:00.005Z\nactor=oid:x\nprevious=" + new string('0', 64) + "\n",
            text);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            LedgerCanonical.Hash(7, id, "approval.round", new DateTimeOffset(2026, 3, 1, 10, 0, 0, 5, TimeSpan.FromHours(1)), "oid:x", LedgerCanonical.GenesisHash));
    }

    [Fact]
    public void First_entry_links_to_the_genesis_hash_and_later_ones_to_their_predecessor()
    {
        var chain = Chain(3);

        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
        Assert.Equal(LedgerCanonical.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[1].EntryHash, chain[2].PreviousHash);
        Assert.Empty(LedgerChain.Verify(chain, expectedCount: 3));
    }

    [Fact]
    public void Time_is_truncated_to_milliseconds_so_the_hash_survives_a_round_trip()
    {
        var entry = LedgerChain.Next(null, ArtefactIds.Compute([1]), "k", T0.AddTicks(12345), "a");

        var reparsed = entry with { RecordedAt = LedgerCanonical.ParseTime(LedgerCanonical.FormatTime(entry.RecordedAt)) };

        Assert.True(reparsed.HashIsConsistent);
    }

    [Fact]
    public void Removed_entry_is_reported_as_missing_and_its_successor_as_broken_link()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);

        var problems = LedgerChain.Verify(chain);

        Assert.Contains(problems, p => p is { Sequence: 2, Kind: VaultProblemKind.EntryMissing });
        Assert.Contains(problems, p => p.Sequence == 3 && p.ArtefactId == chain[1].ArtefactId && p.Kind == VaultProblemKind.PreviousHashMismatch);
    }

    [Fact]
    public void Removed_last_entry_is_caught_with_the_head_count()
    {
        var chain = Chain(3);
        chain.RemoveAt(2);

        Assert.Empty(LedgerChain.Verify(chain));
        Assert.Contains(LedgerChain.Verify(chain, expectedCount: 3), p => p is { Sequence: 3, Kind: VaultProblemKind.EntryMissing });
    }

    [Fact]
    public void Edited_field_breaks_the_entry_hash()
    {
        var chain = Chain(3);
        chain[1] = chain[1] with { Actor = "oid:someone-else" };

        var problem = Assert.Single(LedgerChain.Verify(chain));

        Assert.Equal((2L, VaultProblemKind.EntryHashMismatch, chain[1].ArtefactId), (problem.Sequence, problem.Kind, problem.ArtefactId));
    }

    [Fact]
    public void Swapped_contents_of_two_positions_are_reported_at_both()
    {
        var chain = Chain(4);
        (chain[1], chain[2]) = (chain[2] with { Sequence = 2 }, chain[1] with { Sequence = 3 });

        var problems = LedgerChain.Verify(chain);

        Assert.Contains(problems, p => p is { Sequence: 2, Kind: VaultProblemKind.EntryHashMismatch });
        Assert.Contains(problems, p => p is { Sequence: 3, Kind: VaultProblemKind.EntryHashMismatch });
    }

    [Fact]
    public void Duplicate_sequence_is_reported_as_out_of_order()
    {
        var chain = Chain(3);
        chain.Insert(2, chain[1]);

        Assert.Contains(LedgerChain.Verify(chain), p => p is { Sequence: 2, Kind: VaultProblemKind.SequenceOutOfOrder });
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("")]
    [InlineData(" ")]
    public void Kind_or_actor_with_control_characters_or_blank_is_refused(string bad)
    {
        var id = ArtefactIds.Compute([1]);

        Assert.Throws<ArgumentException>(() => LedgerChain.Next(null, id, bad, T0, "actor"));
        Assert.Throws<ArgumentException>(() => LedgerChain.Next(null, id, "kind", T0, bad));
    }

    [Fact]
    public void Content_check_reports_missing_and_altered_content()
    {
        var content = Encoding.UTF8.GetBytes("evidence");
        var entry = LedgerChain.Next(null, ArtefactIds.Compute(content), "k", T0, "a");

        Assert.Null(LedgerChain.CheckContent(entry, content, present: true));
        Assert.Equal(VaultProblemKind.ArtefactMissing, LedgerChain.CheckContent(entry, [], present: false)?.Kind);
        Assert.Equal(VaultProblemKind.ContentHashMismatch, LedgerChain.CheckContent(entry, Encoding.UTF8.GetBytes("evidencE"), present: true)?.Kind);
    }
}
