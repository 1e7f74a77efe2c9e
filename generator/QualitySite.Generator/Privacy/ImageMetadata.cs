using System.Buffers.Binary;

namespace QualitySite.Generator.Privacy;

/// <summary>
/// Removes metadata from published photos: phones write the place a photo was taken (GPS), the
/// camera's serial number and the owner's name into JPEG EXIF/XMP blocks and PNG eXIf/text chunks.
/// A JPEG stored turned (EXIF orientation 2–8) is turned upright (<see cref="Upright"/>), so the
/// published copy needs no EXIF at all; only if it cannot be decoded does it keep a minimal block
/// holding just the orientation. The source file in content/ is never changed.
/// </summary>
public static class ImageMetadata
{
    private static readonly byte[] ExifHeader = "Exif\0\0"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Handles(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png";

    /// <summary>The image without metadata, and whether it carried a location; null when the bytes are not an image this reads (then it is copied as it is).</summary>
    public static (byte[] Clean, bool HadLocation)? Strip(byte[] image)
    {
        if (image.Length > 4 && image[0] == 0xFF && image[1] == 0xD8)
        {
            return StripJpeg(image);
        }

        return image.AsSpan().StartsWith(PngSignature) ? StripPng(image) : null;
    }

    private static (byte[], bool)? StripJpeg(byte[] jpeg)
    {
        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg, 0, 2);
        var hadLocation = false;
        ushort orientation = 1;
        var pos = 2;
        while (pos + 4 <= jpeg.Length)
        {
            if (jpeg[pos] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[pos + 1];
            if (marker == 0xDA)
            {
                // Start of scan: the compressed picture runs to the end; copy the rest as it is.
                output.Write(jpeg, pos, jpeg.Length - pos);
                var clean = output.ToArray();
                if (orientation == 1)
                {
                    return (clean, hadLocation);
                }

                // A turned photo is turned upright, so it needs no EXIF; if it cannot be decoded, a minimal block keeps just the turn.
                return (Upright.Jpeg(clean, orientation) ?? WithOrientation(clean, orientation), hadLocation);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(pos + 2));
            if (length < 2 || pos + 2 + length > jpeg.Length)
            {
                return null;
            }

            var payload = jpeg.AsSpan(pos + 4, length - 2);
            var isExif = marker == 0xE1 && payload.StartsWith(ExifHeader);
            var isXmp = marker == 0xE1 && !isExif;
            if (isExif)
            {
                var (gps, turn) = ReadExif(payload[ExifHeader.Length..]);
                hadLocation |= gps;
                orientation = turn;
            }
            else if (isXmp)
            {
                hadLocation |= payload.IndexOf("exif:GPS"u8) >= 0;
            }

            // APP1 (EXIF, XMP), APP13 (Photoshop IPTC) and comments are dropped; everything else is kept.
            if (!(marker is 0xE1 or 0xED or 0xFE))
            {
                output.Write(jpeg, pos, length + 2);
            }

            pos += length + 2;
        }

        return null;
    }

    /// <summary>Whether the EXIF block has a GPS directory, and its orientation (1 when none).</summary>
    private static (bool Gps, ushort Orientation) ReadExif(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return (false, 1);
        }

        var little = tiff[0] == 'I';
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        var ifd = (int)U32(tiff[4..]);
        if (ifd < 8 || ifd + 2 > tiff.Length)
        {
            return (false, 1);
        }

        var count = U16(tiff[ifd..]);
        var gps = false;
        ushort orientation = 1;
        for (var i = 0; i < count && ifd + 2 + (i * 12) + 12 <= tiff.Length; i++)
        {
            var entry = tiff.Slice(ifd + 2 + (i * 12), 12);
            var tag = U16(entry);
            if (tag == 0x8825)
            {
                gps = true;
            }
            else if (tag == 0x0112)
            {
                orientation = U16(entry[8..]) is var o and >= 1 and <= 8 ? o : (ushort)1;
            }
        }

        return (gps, orientation);
    }

    /// <summary>The JPEG with a minimal big-endian EXIF block holding only the orientation, right after its start marker.</summary>
    private static byte[] WithOrientation(byte[] jpeg, ushort orientation)
    {
        using var output = new MemoryStream(jpeg.Length + 40);
        output.Write(jpeg, 0, 2);
        Span<byte> block = stackalloc byte[2 + 2 + 6 + 8 + 2 + 12 + 4];
        block[0] = 0xFF;
        block[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(block[2..], (ushort)(block.Length - 2));
        ExifHeader.CopyTo(block[4..]);
        var tiff = block[10..];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff[4..], 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff[8..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff[10..], 0x0112);
        BinaryPrimitives.WriteUInt16BigEndian(tiff[12..], 3);
        BinaryPrimitives.WriteUInt32BigEndian(tiff[14..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff[18..], orientation);
        BinaryPrimitives.WriteUInt32BigEndian(tiff[22..], 0);
        output.Write(block);
        output.Write(jpeg, 2, jpeg.Length - 2);
        return output.ToArray();
    }

    /// <summary>PNG without eXIf, tEXt, zTXt, iTXt and tIME chunks; a location is an eXIf chunk with a GPS directory or XMP text naming GPS.</summary>
    private static (byte[], bool)? StripPng(byte[] png)
    {
        using var output = new MemoryStream(png.Length);
        output.Write(PngSignature);
        var hadLocation = false;
        var pos = PngSignature.Length;
        while (pos + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            if (length < 0 || pos + 12 + length > png.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, length);
            if (type == "eXIf")
            {
                hadLocation |= ReadExif(data).Gps;
            }
            else if (type is "iTXt" or "tEXt" or "zTXt")
            {
                hadLocation |= data.IndexOf("GPS"u8) >= 0;
            }

            if (type is not ("eXIf" or "tEXt" or "zTXt" or "iTXt" or "tIME"))
            {
                output.Write(png, pos, length + 12);
            }

            pos += length + 12;
            if (type == "IEND")
            {
                return (output.ToArray(), hadLocation);
            }
        }

        return null;
    }
}
