using M365Nis2.Web.Tests.Support;
using M365Nis2.Web.Tests.Tooling;

namespace M365Nis2.Web.Tests.AppPackage;

// Teams rejects a package whose icons have the wrong size, and shows a non-transparent outline icon as a white block.
public sealed class AppIconTests
{
    private static PngImage Icon(string name) => PngImage.Read(File.ReadAllBytes(RepoPaths.Of("appPackage", name)));

    [Fact]
    public void Color_icon_is_192_by_192()
    {
        var color = Icon("color.png");

        Assert.Equal((192, 192), (color.Width, color.Height));
    }

    [Fact]
    public void Outline_icon_is_32_by_32_white_on_transparent()
    {
        var outline = Icon("outline.png");

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.HasAlpha, $"outline.png needs an alpha channel (color type {outline.ColorType})");
        foreach (var (x, y) in new[] { (0, 0), (31, 0), (0, 31), (31, 31) })
        {
            Assert.Equal(0, outline[x, y].A);
        }
        var visible = Enumerable.Range(0, 32 * 32).Select(i => outline[i % 32, i / 32]).Where(p => p.A > 0).ToList();
        Assert.NotEmpty(visible);
        Assert.All(visible, p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }
}
