using M365Nis2.Domain.Vault;

namespace M365Nis2.Domain.Tests.Vault;

public class ArtefactIdsTests
{
    [Fact]
    public void Id_is_the_lowercase_hex_sha256_of_the_content()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ArtefactIds.Compute("abc"u8));
    }

    [Theory]
    [InlineData("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")]
    [InlineData("ba7816bf")]
    [InlineData("../../etc/passwd")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015az")]
    [InlineData(null)]
    public void Malformed_ids_are_rejected(string? id) => Assert.False(ArtefactIds.IsWellFormed(id));

    [Fact]
    public void Blob_name_fans_out_on_the_first_two_bytes()
    {
        var id = ArtefactIds.Compute("abc"u8);

        Assert.Equal("sha256/ba/78/" + id, ArtefactIds.BlobName(id));
        Assert.Equal("sha256/ba/78/" + id + ".p7s", ArtefactIds.SignatureBlobName(id));
    }
}
