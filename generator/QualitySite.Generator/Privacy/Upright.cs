using SkiaSharp;

namespace QualitySite.Generator.Privacy;

/// <summary>
/// Turns a JPEG upright by its EXIF orientation (1–8) and encodes it again, so the published copy
/// needs no EXIF block at all. Only photos that are stored turned are re-encoded (at quality 92);
/// upright photos keep their bytes.
/// </summary>
public static class Upright
{
    public const int Quality = 92;

    /// <summary>The upright JPEG, or null when the picture cannot be decoded.</summary>
    public static byte[]? Jpeg(byte[] jpeg, ushort orientation)
    {
        using var data = SKData.CreateCopy(jpeg);
        using var codec = SKCodec.Create(data);
        using var source = codec is null ? null : SKBitmap.Decode(codec);
        if (source is null)
        {
            return null;
        }

        var (w, h) = (source.Width, source.Height);
        var swap = orientation >= 5;
        using var target = new SKBitmap(swap ? h : w, swap ? w : h);
        using (var canvas = new SKCanvas(target))
        {
            // x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY for each EXIF orientation.
            canvas.SetMatrix(orientation switch
            {
                2 => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
                3 => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
                4 => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
                5 => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
                6 => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
                7 => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
                8 => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
                _ => SKMatrix.Identity,
            });
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        using var encoded = SKImage.FromBitmap(target).Encode(SKEncodedImageFormat.Jpeg, Quality);
        return encoded?.ToArray();
    }
}
