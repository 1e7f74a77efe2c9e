using System.Buffers.Binary;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Privacy;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Privacy;

/// <summary>Published photos lose their location and camera data; the turn stays (issue 14).</summary>
public sealed class ImageMetadataTests
{
    /// <summary>A little-endian EXIF block with an orientation and, optionally, a GPS directory pointer and a camera serial.</summary>
    private static byte[] Exif(ushort orientation, bool gps)
    {
        var entries = new List<(ushort Tag, ushort Type, uint Count, uint Value)> { (0x0112, 3, 1, orientation), (0xA431, 2, 4, 0x00333231) };
        if (gps)
        {
            entries.Add((0x8825, 4, 1, 100));
        }

        var tiff = new byte[8 + 2 + (entries.Count * 12) + 4 + 40];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), (ushort)entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = tiff.AsSpan(10 + (i * 12));
            BinaryPrimitives.WriteUInt16LittleEndian(e, entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(e[2..], entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(e[4..], entries[i].Count);
            BinaryPrimitives.WriteUInt32LittleEndian(e[8..], entries[i].Value);
        }

        byte[] body = [.. "Exif\0\0"u8.ToArray(), .. tiff];
        byte[] header = [0xFF, 0xE1, 0, 0];
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), (ushort)(body.Length + 2));
        return [.. header, .. body];
    }

    private static readonly byte[] Scan = [0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0x11, 0x22, 0x33, 0xFF, 0xD9];

    private static byte[] Jpeg(ushort orientation, bool gps) => [0xFF, 0xD8, .. Exif(orientation, gps), 0xFF, 0xFE, 0x00, 0x05, (byte)'c', (byte)'a', (byte)'m', .. Scan];

    [Fact]
    public void A_picture_that_cannot_be_decoded_keeps_only_a_minimal_turn()
    {
        var (clean, hadLocation) = ImageMetadata.Strip(Jpeg(6, gps: true))!.Value;
        Assert.True(hadLocation);
        Assert.Equal(Scan, clean[^Scan.Length..]);
        var exif = clean.AsSpan(2, clean.Length - 2 - Scan.Length);
        Assert.True(exif.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xE1]));
        Assert.Equal(6, BinaryPrimitives.ReadUInt16BigEndian(exif[(4 + 6 + 18)..]));
        Assert.True(exif.IndexOf("123"u8) < 0, "the camera serial was kept");
        Assert.True(exif.IndexOf("cam"u8) < 0, "the comment was kept");
    }

    [Fact]
    public void An_upright_photo_without_a_location_keeps_no_exif_at_all()
    {
        var (clean, hadLocation) = ImageMetadata.Strip(Jpeg(1, gps: false))!.Value;
        Assert.False(hadLocation);
        Assert.Equal([0xFF, 0xD8, .. Scan], clean);
    }

    [Fact]
    public void The_build_publishes_the_stripped_copy_and_names_the_photo_with_a_location()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/guides/a.md"] = Pages.Notice(body: "![现场照片](images/site.jpg)") });
        site.WriteBytes("content/guides/images/site.jpg", Jpeg(3, gps: true));
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ImageLocation);
        Assert.Equal("content/guides/images/site.jpg", warning.Path);
        var published = File.ReadAllBytes(Path.Combine(site.Output, "guides/images/site.jpg"));
        Assert.Equal(ImageMetadata.Strip(Jpeg(3, gps: true))!.Value.Clean, published);
        Assert.Equal(Jpeg(3, gps: true), File.ReadAllBytes(Path.Combine(site.Root, "content/guides/images/site.jpg")));
    }

    [Fact]
    public void Png_text_and_exif_chunks_are_dropped()
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var c = new byte[12 + data.Length];
            BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
            System.Text.Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
            data.CopyTo(c, 8);
            return c;
        }

        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var ihdr = Chunk("IHDR", new byte[13]);
        var idat = Chunk("IDAT", [1, 2, 3]);
        var iend = Chunk("IEND", []);
        byte[] png = [.. signature, .. ihdr, .. Chunk("eXIf", Exif(1, gps: true)[10..]), .. Chunk("tEXt", "Author\0张三"u8.ToArray()), .. idat, .. iend];
        var (clean, hadLocation) = ImageMetadata.Strip(png)!.Value;
        Assert.True(hadLocation);
        Assert.Equal([.. signature, .. ihdr, .. idat, .. iend], clean);
    }

    [Theory]
    [InlineData(6, 20, 40)]
    [InlineData(8, 20, 40)]
    [InlineData(3, 40, 20)]
    public void A_turned_photo_is_published_upright_without_any_exif(ushort orientation, int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 20);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            canvas.Clear(SkiaSharp.SKColors.Blue);
            canvas.DrawRect(0, 0, 20, 20, new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Red });
        }

        var encoded = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 95).ToArray();
        byte[] photo = [0xFF, 0xD8, .. Exif(orientation, gps: true), .. encoded[2..]];
        var (clean, hadLocation) = ImageMetadata.Strip(photo)!.Value;
        Assert.True(hadLocation);
        Assert.True(clean.AsSpan().IndexOf("Exif\0\0"u8) < 0, "an EXIF block is left");
        using var upright = SkiaSharp.SKBitmap.Decode(clean);
        Assert.Equal((width, height), (upright.Width, upright.Height));

        // Where the red half (the picture's left) ends up: top for 6 (turned clockwise), bottom for 8, right for 3.
        var (rx, ry, bx, by) = orientation switch { 6 => (10, 5, 10, 35), 8 => (10, 35, 10, 5), _ => (35, 10, 5, 10) };
        Assert.True(upright.GetPixel(rx, ry).Red > 200 && upright.GetPixel(rx, ry).Blue < 60, $"expected red at {rx},{ry}");
        Assert.True(upright.GetPixel(bx, by).Blue > 200 && upright.GetPixel(bx, by).Red < 60, $"expected blue at {bx},{by}");
        Assert.Equal(clean, ImageMetadata.Strip(photo)!.Value.Clean);
    }
}
