using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace M365Nis2.Web.Tests.AppPackage;

/// <summary>Just enough of a PNG decoder (8-bit, non-interlaced) to check what Teams checks: size and transparency.</summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public int Width { get; private init; }
    public int Height { get; private init; }
    public int BitDepth { get; private init; }
    public int ColorType { get; private init; }
    public bool HasAlpha => ColorType is 4 or 6;
    private byte[] Pixels { get; init; } = [];
    private int Channels => ColorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new NotSupportedException($"color type {ColorType}") };

    /// <summary>Red, green, blue, alpha of one pixel (alpha 255 for types without alpha).</summary>
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var o = ((y * Width) + x) * Channels;
            return ColorType switch
            {
                0 => (Pixels[o], Pixels[o], Pixels[o], 255),
                2 => (Pixels[o], Pixels[o + 1], Pixels[o + 2], 255),
                4 => (Pixels[o], Pixels[o], Pixels[o], Pixels[o + 1]),
                _ => (Pixels[o], Pixels[o + 1], Pixels[o + 2], Pixels[o + 3]),
            };
        }
    }

    public static PngImage Read(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }
        var chunks = ReadChunks(file);
        var header = chunks.First(c => c.Type == "IHDR").Data;
        var image = new PngImage
        {
            Width = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(0, 4)),
            Height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4, 4)),
            BitDepth = header[8],
            ColorType = header[9],
        };
        if (image.BitDepth != 8 || header[12] != 0)
        {
            throw new NotSupportedException("only 8-bit non-interlaced PNGs are decoded here");
        }
        var compressed = chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
        using var inflater = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new PngImage
        {
            Width = image.Width,
            Height = image.Height,
            BitDepth = image.BitDepth,
            ColorType = image.ColorType,
            Pixels = Unfilter(raw.ToArray(), image.Width, image.Height, image.Channels),
        };
    }

    private static List<(string Type, byte[] Data)> ReadChunks(byte[] file)
    {
        var chunks = new List<(string, byte[])>();
        for (var i = 8; i + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(i, 4));
            chunks.Add((Encoding.ASCII.GetString(file, i + 4, 4), file.AsSpan(i + 8, length).ToArray()));
            i += 12 + length;
        }
        return chunks;
    }

    // Reverses the per-row filters of the PNG spec (section 9) so pixels can be read directly.
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int value = raw[(y * (stride + 1)) + 1 + x];
                int left = x >= bpp ? pixels[(y * stride) + x - bpp] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= bpp && y > 0 ? pixels[((y - 1) * stride) + x - bpp] : 0;
                pixels[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"bad filter {filter}"),
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
